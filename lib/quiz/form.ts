import type { PublicQuestion } from "./types/contract";

/** Field name of a question (and, for matching and ordering, of one of its items) in a quiz form. */
export const fieldName = (questionId: string, part?: string) => (part ? `q.${questionId}.${part}` : `q.${questionId}`);

export type FormAnswers = { answers: Record<string, unknown>; unknownFields: string[]; problems: Record<string, "positions"> };

/**
 * Turns submitted form fields into answers, in the shapes the question types grade. Shared by the
 * browser (knowledge checks) and the server (assessments posted as plain HTML forms).
 */
export function answersFromForm(entries: Iterable<[string, string]>, questions: PublicQuestion[]): FormAnswers {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers: Record<string, unknown> = {};
  const unknownFields: string[] = [];
  const problems: FormAnswers["problems"] = {};
  const positions = new Map<string, [string, number][]>();

  for (const [name, value] of entries) {
    if (!name.startsWith("q.")) continue;
    const [, qid, part] = name.split(".");
    const q = qid ? byId.get(qid) : undefined;
    if (!q) {
      unknownFields.push(name);
      continue;
    }
    switch (q.type) {
      case "single":
      case "true-false":
        answers[q.id] = value;
        break;
      case "multiple":
        answers[q.id] = [...((answers[q.id] as string[]) ?? []), value];
        break;
      case "matching":
        if (!part) unknownFields.push(name);
        else if (value) answers[q.id] = { ...((answers[q.id] as Record<string, string>) ?? {}), [part]: value };
        break;
      case "ordering":
        if (!part) unknownFields.push(name);
        else if (value) positions.set(q.id, [...(positions.get(q.id) ?? []), [part, Number(value)]]);
        break;
    }
  }
  for (const [qid, list] of positions) {
    const q = byId.get(qid);
    const distinct = new Set(list.map(([, p]) => p));
    if (q?.type === "ordering" && (list.length !== q.items.length || distinct.size !== list.length || list.some(([, p]) => !Number.isInteger(p)))) {
      problems[qid] = "positions";
    }
    answers[qid] = [...list].sort((a, b) => a[1] - b[1]).map(([t]) => t);
  }
  return { answers, unknownFields, problems };
}
