/** Completions per day as a small bar chart (SVG, no script), with the numbers in a table beside it. */
export function CompletionsChart({ byDay, labels }: { byDay: Record<string, number>; labels: { title: string; table: string; day: string; count: string } }) {
  const days = Object.keys(byDay).sort();
  if (!days.length) return null;
  const max = Math.max(...days.map((d) => byDay[d]));
  const barWidth = 24;
  const height = 120;
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{labels.title}</figcaption>
      <svg role="img" aria-label={labels.title} width={days.length * (barWidth + 6)} height={height + 4} className="max-w-full">
        {days.map((d, i) => {
          const h = Math.max(2, (byDay[d] / max) * height);
          return <rect key={d} x={i * (barWidth + 6)} y={height - h} width={barWidth} height={h} fill="#115e59" />;
        })}
      </svg>
      <details>
        <summary className="cursor-pointer text-sm">{labels.table}</summary>
        <table className="mt-2 text-sm">
          <thead>
            <tr>
              <th scope="col" className="pe-4 text-start">{labels.day}</th>
              <th scope="col" className="text-start">{labels.count}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d}>
                <td className="pe-4">{d}</td>
                <td>{byDay[d]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
