import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type MessageTree = { [key: string]: string | MessageTree };

/** Every leaf key as a dotted path, with its message. */
export function flattenMessages(tree: MessageTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flattenMessages(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments ({name}, {count, plural, …}) and rich-text tags (<link>…</link>) a message uses. */
export function messageArguments(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) found.add(`{${el.value}}`);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        found.add(`{${el.value}}`);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

export type MessageProblem = { key: string; problem: string };

/** Compares a translation with English: missing keys, keys English lacks, unparsable messages, different arguments. */
export function compareMessages(english: MessageTree, translation: MessageTree): MessageProblem[] {
  const en = flattenMessages(english);
  const tr = flattenMessages(translation);
  const problems: MessageProblem[] = [];
  for (const key of en.keys()) if (!tr.has(key)) problems.push({ key, problem: "missing (English is shown)" });
  for (const [key, message] of tr) {
    if (!en.has(key)) {
      problems.push({ key, problem: "not in English (unused)" });
      continue;
    }
    let args: string[];
    try {
      args = messageArguments(message);
    } catch (error) {
      problems.push({ key, problem: `cannot be parsed: ${(error as Error).message}` });
      continue;
    }
    const expected = messageArguments(en.get(key)!);
    if (args.join(" ") !== expected.join(" ")) problems.push({ key, problem: `uses ${args.join(" ") || "no arguments"}, English uses ${expected.join(" ") || "none"}` });
  }
  return problems;
}
