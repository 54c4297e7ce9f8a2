import { z } from "zod";
import type { QuestionDefinition } from "@/lib/content/schema";
import { seededShuffle, token } from "../tokens";
import type { QuestionType } from "./contract";

type Matching = Extract<QuestionDefinition, { type: "matching" }>;

// Left and right items get different tokens, so a right item's token never equals its left's.
const leftToken = (seed: string, q: Matching, pairId: string) => token(seed, q.id, `left:${pairId}`);
const rightToken = (seed: string, q: Matching, pairId: string) => token(seed, q.id, `right:${pairId}`);

/** Each left item is paired with one right item. Score: the share of pairs matched correctly. */
export const matching: QuestionType<Matching, Record<string, string>> = {
  type: "matching",
  answerSchema: z.record(z.string().max(40), z.string().max(40)),
  toPublic: (q, seed) => ({
    id: q.id,
    type: "matching",
    prompt: q.prompt,
    lefts: q.pairs.map((p) => ({ token: leftToken(seed, q, p.id), text: p.left })),
    rights: seededShuffle(seed, `${q.id}:rights`, q.pairs).map((p) => ({ token: rightToken(seed, q, p.id), text: p.right })),
  }),
  grade(q, seed, answer) {
    const lefts = new Map(q.pairs.map((p) => [leftToken(seed, q, p.id), p.id]));
    const rights = new Map(q.pairs.map((p) => [rightToken(seed, q, p.id), p.id]));
    const entries = Object.entries(answer);
    if (entries.some(([l, r]) => !lefts.has(l) || !rights.has(r))) return { score: 0, max: 1, correct: false, malformed: true };
    const right = entries.filter(([l, r]) => lefts.get(l) === rights.get(r)).length;
    return { score: right / q.pairs.length, max: 1, correct: right === q.pairs.length };
  },
  publicKey: (q, seed) => ({ type: "matching", pairs: Object.fromEntries(q.pairs.map((p) => [leftToken(seed, q, p.id), rightToken(seed, q, p.id)])) }),
};
