import type { PublicKey, PublicQuestion } from "@/lib/quiz/types/contract";

/** Describes an answer (the learner's or the key) in words, from tokens. */
export function describeAnswer(q: PublicQuestion, answer: unknown, labels: { true: string; false: string; none: string; direction?: "ltr" | "rtl" }): string[] {
  // The arrow from an item to its match points the way the text reads.
  const arrow = labels.direction === "rtl" ? "←" : "→";
  const text = (list: { token: string; text: string }[], t: unknown) => list.find((x) => x.token === t)?.text;
  switch (q.type) {
    case "single":
      return [text(q.options, answer) ?? labels.none];
    case "multiple": {
      const chosen = Array.isArray(answer) ? answer.map((t) => text(q.options, t)).filter((x): x is string => !!x) : [];
      return chosen.length ? chosen : [labels.none];
    }
    case "true-false":
      return [answer === "true" ? labels.true : answer === "false" ? labels.false : labels.none];
    case "matching": {
      const map = answer && typeof answer === "object" && !Array.isArray(answer) ? (answer as Record<string, string>) : {};
      return q.lefts.map((l) => `${l.text} ${arrow} ${text(q.rights, map[l.token]) ?? labels.none}`);
    }
    case "ordering": {
      const list = Array.isArray(answer) ? answer : [];
      return list.length ? list.map((t, i) => `${i + 1}. ${text(q.items, t) ?? "?"}`) : [labels.none];
    }
  }
}

/** The key of a question in the same form as an answer, so describeAnswer can word it. */
export function keyAsAnswer(key: PublicKey): unknown {
  switch (key.type) {
    case "single":
      return key.option;
    case "multiple":
      return key.options;
    case "true-false":
      return String(key.answer);
    case "matching":
      return key.pairs;
    case "ordering":
      return key.items;
  }
}
