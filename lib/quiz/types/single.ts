import { z } from "zod";
import type { QuestionDefinition } from "@/lib/content/schema";
import { seededShuffle, token } from "../tokens";
import type { QuestionType } from "./contract";

type Single = Extract<QuestionDefinition, { type: "single" }>;

export const singleChoice: QuestionType<Single, string> = {
  type: "single",
  answerSchema: z.string().max(40),
  toPublic: (q, seed) => ({
    id: q.id,
    type: "single",
    prompt: q.prompt,
    options: seededShuffle(seed, `${q.id}:options`, q.options).map((o) => ({ token: token(seed, q.id, o.id), text: o.text })),
  }),
  grade(q, seed, answer) {
    const chosen = q.options.find((o) => token(seed, q.id, o.id) === answer);
    if (!chosen) return { score: 0, max: 1, correct: false, malformed: true };
    return chosen.correct ? { score: 1, max: 1, correct: true } : { score: 0, max: 1, correct: false };
  },
  publicKey: (q, seed) => ({ type: "single", option: token(seed, q.id, q.options.find((o) => o.correct)!.id) }),
};
