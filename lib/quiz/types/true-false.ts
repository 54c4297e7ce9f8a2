import { z } from "zod";
import type { QuestionDefinition } from "@/lib/content/schema";
import type { QuestionType } from "./contract";

type TrueFalse = Extract<QuestionDefinition, { type: "true-false" }>;

export const trueFalse: QuestionType<TrueFalse, "true" | "false"> = {
  type: "true-false",
  answerSchema: z.enum(["true", "false"]),
  toPublic: (q) => ({ id: q.id, type: "true-false", prompt: q.prompt }),
  grade: (q, _seed, answer) => (String(q.answer) === answer ? { score: 1, max: 1, correct: true } : { score: 0, max: 1, correct: false }),
  publicKey: (q) => ({ type: "true-false", answer: q.answer }),
};
