import { describe, expect, it } from "vitest";
import type { QuestionDefinition } from "@/lib/content/schema";
import { gradeAnswer, publicKeyOf, toPublicQuestion } from "@/lib/quiz/registry";
import { seededShuffle, token } from "@/lib/quiz/tokens";

const seed = "test-seed-1";
const src = { id: "opsc", at: "art. 2" };
const single: QuestionDefinition = {
  id: "s",
  type: "single",
  prompt: "Pick",
  options: [
    { id: "a", text: "Right", correct: true },
    { id: "b", text: "Wrong" },
    { id: "c", text: "Also wrong" },
  ],
  explanation: "Because.",
  source: src,
};
const multiple = (partialCredit: boolean): QuestionDefinition => ({
  id: "m",
  type: "multiple",
  partialCredit,
  prompt: "Pick all",
  options: [
    { id: "a", text: "R1", correct: true },
    { id: "b", text: "R2", correct: true },
    { id: "c", text: "W1" },
    { id: "d", text: "W2" },
  ],
  explanation: "Because.",
  source: src,
});
const tf: QuestionDefinition = { id: "t", type: "true-false", prompt: "True?", answer: false, explanation: "No.", source: src };
const matching: QuestionDefinition = {
  id: "x",
  type: "matching",
  prompt: "Match",
  pairs: [
    { id: "a", left: "Art. 4", right: "Jurisdiction" },
    { id: "b", left: "Art. 5", right: "Extradition" },
    { id: "c", left: "Art. 7", right: "Confiscation" },
  ],
  explanation: "Because.",
  source: src,
};
const ordering: QuestionDefinition = {
  id: "o",
  type: "ordering",
  prompt: "Order",
  items: [
    { id: "a", text: "2000" },
    { id: "b", text: "2002" },
    { id: "c", text: "2019" },
  ],
  explanation: "Because.",
  source: src,
};
const tk = (q: string, id: string) => token(seed, q, id);

describe("public questions carry no key", () => {
  it.each([single, multiple(false), tf, matching, ordering])("%s.type has no correctness, answer, explanation or author ids", (q) => {
    const json = JSON.stringify(toPublicQuestion(q, seed));
    expect(json).not.toMatch(/"correct"|"answer"|"explanation"|"source"|"pairs"/);
    expect(json).not.toMatch(/"token":"[a-d]"/);
  });

  it("never shows ordering items or matching right-hand items in the answer order", () => {
    for (let i = 0; i < 50; i++) {
      const s = `seed-${i}`;
      const o = toPublicQuestion(ordering, s);
      if (o.type !== "ordering") throw new Error();
      expect(o.items.map((x) => x.text)).not.toEqual(["2000", "2002", "2019"]);
      const m = toPublicQuestion(matching, s);
      if (m.type !== "matching") throw new Error();
      expect(m.rights.map((x) => x.text)).not.toEqual(["Jurisdiction", "Extradition", "Confiscation"]);
    }
  });

  it("shuffles deterministically for one seed and differently across seeds", () => {
    const items = [1, 2, 3, 4, 5, 6];
    expect(seededShuffle("a", "p", items)).toEqual(seededShuffle("a", "p", items));
    const orders = new Set(Array.from({ length: 20 }, (_, i) => seededShuffle(`s${i}`, "p", items).join()));
    expect(orders.size).toBeGreaterThan(10);
  });
});

describe("single choice", () => {
  it("right, wrong, malformed", () => {
    expect(gradeAnswer(single, seed, tk("s", "a"))).toEqual({ score: 1, max: 1, correct: true });
    expect(gradeAnswer(single, seed, tk("s", "b"))).toEqual({ score: 0, max: 1, correct: false });
    expect(gradeAnswer(single, seed, "a")).toMatchObject({ score: 0, malformed: true }); // author id, not a token
    expect(gradeAnswer(single, seed, ["x"])).toMatchObject({ score: 0, malformed: true });
    expect(gradeAnswer(single, seed, undefined)).toEqual({ score: 0, max: 1, correct: false });
  });
});

describe("multiple choice", () => {
  it("requires all correct options and no wrong ones", () => {
    expect(gradeAnswer(multiple(false), seed, [tk("m", "a"), tk("m", "b")])).toEqual({ score: 1, max: 1, correct: true });
    expect(gradeAnswer(multiple(false), seed, [tk("m", "a")])).toEqual({ score: 0, max: 1, correct: false });
    expect(gradeAnswer(multiple(false), seed, [tk("m", "a"), tk("m", "b"), tk("m", "c")])).toEqual({ score: 0, max: 1, correct: false });
  });
  it("gives partial credit when configured, never below zero", () => {
    expect(gradeAnswer(multiple(true), seed, [tk("m", "a")])).toEqual({ score: 0.5, max: 1, correct: false });
    expect(gradeAnswer(multiple(true), seed, [tk("m", "a"), tk("m", "c")])).toEqual({ score: 0, max: 1, correct: false });
    expect(gradeAnswer(multiple(true), seed, [tk("m", "c"), tk("m", "d")])).toEqual({ score: 0, max: 1, correct: false });
  });
  it("rejects unknown tokens and wrong shapes", () => {
    expect(gradeAnswer(multiple(true), seed, [tk("m", "a"), "forged"])).toMatchObject({ malformed: true, score: 0 });
    expect(gradeAnswer(multiple(true), seed, tk("m", "a"))).toMatchObject({ malformed: true });
  });
});

describe("true/false", () => {
  it("right, wrong, malformed", () => {
    expect(gradeAnswer(tf, seed, "false")).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(tf, seed, "true")).toMatchObject({ correct: false, score: 0 });
    expect(gradeAnswer(tf, seed, "maybe")).toMatchObject({ malformed: true });
  });
});

describe("matching", () => {
  const l = (id: string) => tk("x", `left:${id}`);
  const r = (id: string) => tk("x", `right:${id}`);
  it("scores the share of correct pairs", () => {
    expect(gradeAnswer(matching, seed, { [l("a")]: r("a"), [l("b")]: r("b"), [l("c")]: r("c") })).toEqual({ score: 1, max: 1, correct: true });
    expect(gradeAnswer(matching, seed, { [l("a")]: r("a"), [l("b")]: r("c"), [l("c")]: r("b") })).toEqual({ score: 1 / 3, max: 1, correct: false });
    expect(gradeAnswer(matching, seed, {})).toEqual({ score: 0, max: 1, correct: false });
  });
  it("rejects forged tokens", () => {
    expect(gradeAnswer(matching, seed, { a: "a" })).toMatchObject({ malformed: true });
    expect(gradeAnswer(matching, seed, [r("a")])).toMatchObject({ malformed: true });
  });
  it("publishes the key in tokens only", () => {
    expect(publicKeyOf(matching, seed)).toEqual({ type: "matching", pairs: { [l("a")]: r("a"), [l("b")]: r("b"), [l("c")]: r("c") } });
  });
});

describe("ordering", () => {
  const t = (id: string) => tk("o", id);
  it("scores the share of items in place", () => {
    expect(gradeAnswer(ordering, seed, [t("a"), t("b"), t("c")])).toEqual({ score: 1, max: 1, correct: true });
    expect(gradeAnswer(ordering, seed, [t("a"), t("c"), t("b")])).toEqual({ score: 1 / 3, max: 1, correct: false });
  });
  it("rejects missing, repeated or forged items", () => {
    expect(gradeAnswer(ordering, seed, [t("a"), t("b")])).toMatchObject({ malformed: true });
    expect(gradeAnswer(ordering, seed, [t("a"), t("a"), t("b")])).toMatchObject({ malformed: true });
    expect(gradeAnswer(ordering, seed, ["a", "b", "c"])).toMatchObject({ malformed: true });
  });
});
