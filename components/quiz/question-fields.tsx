import type { PublicQuestion } from "@/lib/quiz/types/contract";
import { fieldName } from "@/lib/quiz/form";
import { textDirection } from "@/i18n/routing";

export type QuestionLabels = {
  true: string;
  false: string;
  choose: string;
  selectAll: string;
  orderHint: string;
  matchHint: string;
  position: (item: string) => string;
  match: (item: string) => string;
  /** Shown on a question that is not translated into the learner's language. */
  englishOnly: string;
  /** The interface language, for that notice inside an English question. */
  locale: string;
};

/** Labels for QuestionFields from the "quiz" messages (works with useTranslations and getTranslations). */
export function questionLabels(t: (key: string, values?: Record<string, string>) => string, locale: string): QuestionLabels {
  return {
    true: t("true"),
    false: t("false"),
    choose: t("choose"),
    selectAll: t("selectAll"),
    orderHint: t("orderHint"),
    matchHint: t("matchHint"),
    position: (item) => t("position", { item }),
    match: (item) => t("matchLabel", { item }),
    englishOnly: t("englishOnly"),
    locale,
  };
}

/**
 * The inputs of one question, as plain form controls (radio buttons, checkboxes, selects): they work
 * with a keyboard and without JavaScript, and need no drag and drop. Values are opaque tokens.
 */
export function QuestionFields({
  question: q,
  labels,
  idPrefix,
  draft,
  heading,
  invalid,
}: {
  question: PublicQuestion;
  labels: QuestionLabels;
  idPrefix: string;
  draft?: unknown;
  heading?: string;
  invalid?: string;
}) {
  const id = (part: string) => `${idPrefix}-${q.id}-${part}`;
  const hintId = id("hint");
  const errorId = id("error");
  const describedBy = [q.type === "multiple" || q.type === "matching" || q.type === "ordering" ? hintId : null, invalid ? errorId : null]
    .filter(Boolean)
    .join(" ") || undefined;
  const hint = q.type === "multiple" ? labels.selectAll : q.type === "matching" ? labels.matchHint : q.type === "ordering" ? labels.orderHint : null;
  const draftList = Array.isArray(draft) ? (draft as string[]) : [];
  const draftMap = draft && typeof draft === "object" && !Array.isArray(draft) ? (draft as Record<string, string>) : {};

  return (
    <fieldset className="space-y-3" aria-describedby={describedBy} data-question={q.id} data-type={q.type} lang={q.lang} dir={q.lang ? "ltr" : undefined}>
      <legend className="text-lg font-semibold">
        {heading ? <span className="block text-sm font-normal text-muted" lang={q.lang ? labels.locale : undefined} dir={q.lang ? textDirection(labels.locale) : undefined}>{heading}</span> : null}
        {q.prompt}
      </legend>
      {q.lang ? (
        <p className="text-sm text-muted" lang={labels.locale} dir={textDirection(labels.locale)} data-testid="question-in-english">
          {labels.englishOnly}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={errorId} className="font-semibold text-error">
          {invalid}
        </p>
      ) : null}

      {q.type === "single" || q.type === "multiple" ? (
        <ul className="space-y-2">
          {q.options.map((o) => (
            <li key={o.token}>
              <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-gray-300 bg-white p-3 hover:bg-gray-50">
                <input
                  type={q.type === "single" ? "radio" : "checkbox"}
                  name={fieldName(q.id)}
                  value={o.token}
                  defaultChecked={q.type === "single" ? draft === o.token : draftList.includes(o.token)}
                  className="mt-1 size-5 shrink-0"
                />
                <span>{o.text}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}

      {q.type === "true-false" ? (
        <ul className="flex flex-wrap gap-3">
          {(["true", "false"] as const).map((v) => (
            <li key={v}>
              <label className="flex min-h-11 min-w-28 cursor-pointer items-center gap-3 rounded-md border border-gray-300 bg-white p-3 hover:bg-gray-50">
                <input type="radio" name={fieldName(q.id)} value={v} defaultChecked={draft === v} className="size-5" />
                <span>{labels[v]}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}

      {q.type === "matching" ? (
        <ul className="space-y-3">
          {q.lefts.map((left) => (
            <li key={left.token} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-4">
              <label htmlFor={id(left.token)} className="font-medium">
                <span className="sr-only">{labels.match(left.text)}: </span>
                <span aria-hidden="true">{left.text}</span>
              </label>
              <select id={id(left.token)} name={fieldName(q.id, left.token)} defaultValue={draftMap[left.token] ?? ""} className="field-input">
                <option value="">{labels.choose}</option>
                {q.rights.map((r) => (
                  <option key={r.token} value={r.token}>
                    {r.text}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      ) : null}

      {q.type === "ordering" ? (
        <ul className="space-y-3">
          {q.items.map((item) => {
            const position = draftList.indexOf(item.token);
            return (
              <li key={item.token} className="grid gap-1 sm:grid-cols-[1fr_10rem] sm:items-center sm:gap-4">
                <label htmlFor={id(item.token)}>
                  <span className="sr-only">{labels.position(item.text)}: </span>
                  <span aria-hidden="true">{item.text}</span>
                </label>
                <select id={id(item.token)} name={fieldName(q.id, item.token)} defaultValue={position >= 0 ? String(position + 1) : ""} className="field-input">
                  <option value="">{labels.choose}</option>
                  {q.items.map((_, i) => (
                    <option key={i} value={String(i + 1)}>
                      {i + 1}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      ) : null}
    </fieldset>
  );
}
