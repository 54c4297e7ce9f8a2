import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AttemptStatus } from "@/lib/quiz/attempts";

export type HistoryRow = { id: string; attemptNumber: number; startedAt: Date; percent: number | null; passed: boolean | null; status: AttemptStatus };

/** A learner's attempts: date, score, result, and a link to each review. */
export async function AttemptHistoryTable({ locale, course, attempts }: { locale: string; course: string; attempts: HistoryRow[] }) {
  const t = await getTranslations({ locale, namespace: "assessment" });
  const format = await getFormatter({ locale });
  if (!attempts.length) return <p>{t("noAttempts")}</p>;
  return (
    <table className="w-full border-collapse text-start" data-testid="attempt-history">
      <thead>
        <tr className="border-b border-gray-300">
          <th scope="col" className="py-2 text-start">{t("attempt", { n: "" }).trim()}</th>
          <th scope="col" className="py-2 text-start">{t("started")}</th>
          <th scope="col" className="py-2 text-start">{t("score")}</th>
          <th scope="col" className="py-2 text-start">{t("result")}</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id} className="border-b border-gray-200">
            <td className="py-2">{a.attemptNumber}</td>
            <td className="py-2">{format.dateTime(a.startedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            <td className="py-2">{a.percent === null ? "—" : `${a.percent}%`}</td>
            <td className="py-2">
              {a.status === "submitted" ? (
                <Link href={`/assessments/${course}/attempts/${a.id}/review`}>{a.passed ? t("passed") : t("failed")}</Link>
              ) : a.status === "open" ? (
                <Link href={`/assessments/${course}/attempts/${a.id}`}>{t("inProgress")}</Link>
              ) : (
                t("expired")
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
