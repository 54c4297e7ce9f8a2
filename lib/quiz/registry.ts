import type { QuestionDefinition } from "@/lib/content/schema";
import type { Grade, PublicKey, PublicQuestion, QuestionType } from "./types/contract";
import { matching } from "./types/matching";
import { multipleChoice } from "./types/multiple";
import { ordering } from "./types/ordering";
import { singleChoice } from "./types/single";
import { trueFalse } from "./types/true-false";

/** Every question type, by the `type` used in quiz files. */
export const QUESTION_TYPES = {
  single: singleChoice,
  multiple: multipleChoice,
  "true-false": trueFalse,
  matching,
  ordering,
} as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const typeOf = (q: QuestionDefinition) => QUESTION_TYPES[q.type] as unknown as QuestionType<any, any>;

/** What the browser may see of a question; `lang: "en"` marks one shown in English because it is not translated. */
export function toPublicQuestion(q: QuestionDefinition & { fallback?: boolean }, seed: string): PublicQuestion {
  const shown = typeOf(q).toPublic(q, seed);
  return q.fallback ? { ...shown, lang: "en" } : shown;
}

/** Grades one answer; an answer of the wrong shape scores zero and is flagged malformed. */
export function gradeAnswer(q: QuestionDefinition, seed: string, answer: unknown): Grade {
  if (answer === undefined || answer === null) return { score: 0, max: 1, correct: false };
  const parsed = typeOf(q).answerSchema.safeParse(answer);
  if (!parsed.success) return { score: 0, max: 1, correct: false, malformed: true };
  return typeOf(q).grade(q, seed, parsed.data);
}

export function publicKeyOf(q: QuestionDefinition, seed: string): PublicKey {
  return typeOf(q).publicKey(q, seed);
}

export type { Grade, PublicKey, PublicQuestion };
