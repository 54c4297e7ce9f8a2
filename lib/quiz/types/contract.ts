import type { z } from "zod";
import type { QuestionDefinition } from "@/lib/content/schema";

/** What the browser may see of a question: prompt and choices, under opaque tokens, never the key. */
export type PublicChoice = { token: string; text: string };
export type PublicQuestion = (
  | { id: string; type: "single" | "multiple"; prompt: string; options: PublicChoice[] }
  | { id: string; type: "true-false"; prompt: string }
  | { id: string; type: "matching"; prompt: string; lefts: PublicChoice[]; rights: PublicChoice[] }
  | { id: string; type: "ordering"; prompt: string; items: PublicChoice[] }
) & {
  /** Set to "en" when the learner's language has no translation of this question. */
  lang?: "en";
};

/** The score of one answer. `malformed` means the answer did not fit the question's shape. */
export type Grade = { score: number; max: number; correct: boolean; malformed?: boolean };

/** The right answer, in public tokens (shown only once the learner may see it). */
export type PublicKey =
  | { type: "single"; option: string }
  | { type: "multiple"; options: string[] }
  | { type: "true-false"; answer: boolean }
  | { type: "matching"; pairs: Record<string, string> }
  | { type: "ordering"; items: string[] };

/**
 * One module per question type: strip a definition for the browser, read the learner's answer, grade
 * it. `seed` keys the tokens (an attempt's seed, or the knowledge check's).
 */
export interface QuestionType<Q extends QuestionDefinition, A> {
  type: Q["type"];
  /** Shape of a learner's answer, in tokens. */
  answerSchema: z.ZodType<A>;
  toPublic(question: Q, seed: string): PublicQuestion;
  grade(question: Q, seed: string, answer: A): Grade;
  publicKey(question: Q, seed: string): PublicKey;
}
