import { z } from "zod";
import type { QuestionDefinition } from "@/lib/content/schema";
import { seededShuffle, token } from "../tokens";
import type { QuestionType } from "./contract";

type Multiple = Extract<QuestionDefinition, { type: "multiple" }>;

/**
 * All correct options are required. With partialCredit, each correct choice earns a share and each
 * wrong choice takes one away (never below zero), as Moodle does.
 */
export const multipleChoice: QuestionType<Multiple, string[]> = {
  type: "multiple",
  answerSchema: z.array(z.string().max(40)).max(20),
  toPublic: (q, seed) => ({
    id: q.id,
    type: "multiple",
    prompt: q.prompt,
    options: seededShuffle(seed, `${q.id}:options`, q.options).map((o) => ({ token: token(seed, q.id, o.id), text: o.text })),
  }),
  grade(q, seed, answer) {
    const byToken = new Map(q.options.map((o) => [token(seed, q.id, o.id), o]));
    const chosen = [...new Set(answer)];
    if (chosen.some((t) => !byToken.has(t))) return { score: 0, max: 1, correct: false, malformed: true };
    const correctCount = q.options.filter((o) => o.correct).length;
    const right = chosen.filter((t) => byToken.get(t)!.correct).length;
    const wrong = chosen.length - right;
    const exact = right === correctCount && wrong === 0;
    if (exact) return { score: 1, max: 1, correct: true };
    if (!q.partialCredit) return { score: 0, max: 1, correct: false };
    return { score: Math.max(0, (right - wrong) / correctCount), max: 1, correct: false };
  },
  publicKey: (q, seed) => ({ type: "multiple", options: q.options.filter((o) => o.correct).map((o) => token(seed, q.id, o.id)) }),
};
