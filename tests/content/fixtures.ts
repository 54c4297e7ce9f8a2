import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A small, valid content tree; each broken fixture starts from it and changes one file.
 * Returns the folder that holds `lessons/`.
 */
export const validTree: Record<string, string> = {
  "lessons/resources.yaml": `- id: opsc
  title: "Optional Protocol on the sale of children"
  publisher: "UN General Assembly"
  year: 2000
  types: [Treaty]
  regions: [Global]
  url: "https://www.ohchr.org/en/instruments-mechanisms"
  summary:
    en: "The treaty."
- id: guidelines
  title: "Guidelines"
  publisher: "Committee on the Rights of the Child"
  year: 2019
  types: [Guidance]
  regions: [Global]
  url: "https://www.ohchr.org/en/guidelines"
  summary:
    en: "The Guidelines."
`,
  "lessons/support.yaml": `services:
  - id: helpline
    kind: help
    name: "A helpline"
    url: "https://example.org/"
    description:
      en: "Help."
`,
  "lessons/demo/course.yaml": `slug: demo
version: 1
title:
  en: "Demo course"
summary:
  en: "A demo."
audience:
  en: "Everyone."
objectives:
  en:
    - "Learn"
lessons:
  - first
  - second
assessment: final
certificate:
  validityMonths: 12
`,
  "lessons/demo/en/01-first.mdx": `---
title: "First"
summary: "The first lesson."
minutes: 5
objectives:
  - "Read"
sources:
  - id: opsc
    at: "art. 2"
---

## Start

A sentence with a citation <SourceRef id="opsc" at="art. 2" />.

<KeyTerm term="Sale of children">A definition.</KeyTerm>

See [the next lesson](/courses/demo/second) and [the library](/resources#guidelines).

<KnowledgeCheck id="kc-first" />
`,
  "lessons/demo/en/02-second.mdx": `---
title: "Second"
summary: "The second lesson."
minutes: 7
objectives:
  - "Reflect"
sources:
  - id: guidelines
    at: "section II"
---

<Callout type="key" title="Key point">

Something important.

</Callout>
`,
  "lessons/demo/quizzes/kc-first.yaml": `id: kc-first
kind: knowledge-check
questions:
  - id: q1
    type: single
    prompt: "Pick a"
    options:
      - { id: a, text: "A", correct: true }
      - { id: b, text: "B" }
    explanation: "Because."
    source: { id: opsc, at: "art. 2" }
`,
  "lessons/demo/quizzes/final.yaml": `id: final
kind: assessment
draw: 1
passMark: 80
questions:
  - id: q1
    type: true-false
    prompt: "True?"
    answer: true
    explanation: "Yes."
    source: { id: guidelines, at: "section II" }
`,
};

export function writeTree(changes: Record<string, string | null> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-fixture-"));
  const tree = { ...validTree, ...changes };
  for (const [file, text] of Object.entries(tree)) {
    if (text === null) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Replaces `from` with `to` in one file of the valid tree (failing loudly if `from` is absent). */
export function edit(file: string, from: string, to: string): Record<string, string> {
  const text = validTree[file];
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
  return { [file]: text.replace(from, to) };
}
