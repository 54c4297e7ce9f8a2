import { z } from "zod";
import type { QuestionDefinition } from "@/lib/content/schema";
import { seededShuffle, token } from "../tokens";
import type { QuestionType } from "./contract";

type Ordering = Extract<QuestionDefinition, { type: "ordering" }>;

/** Put the items in order. Score: the share of items in their correct place. */
export const ordering: QuestionType<Ordering, string[]> = {
  type: "ordering",
  answerSchema: z.array(z.string().max(40)).max(20),
  toPublic: (q, seed) => ({
    id: q.id,
    type: "ordering",
    prompt: q.prompt,
    items: seededShuffle(seed, `${q.id}:items`, q.items).map((i) => ({ token: token(seed, q.id, i.id), text: i.text })),
  }),
  grade(q, seed, answer) {
    const expected = q.items.map((i) => token(seed, q.id, i.id));
    const valid = answer.length === expected.length && new Set(answer).size === answer.length && answer.every((t) => expected.includes(t));
    if (!valid) return { score: 0, max: 1, correct: false, malformed: true };
    const inPlace = answer.filter((t, i) => expected[i] === t).length;
    return { score: inPlace / expected.length, max: 1, correct: inPlace === expected.length };
  },
  publicKey: (q, seed) => ({ type: "ordering", items: q.items.map((i) => token(seed, q.id, i.id)) }),
};
