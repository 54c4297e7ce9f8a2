import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { formatProblem } from "@/lib/content/problems";
import { edit, validTree, writeTree } from "./fixtures";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function problemsFor(changes: Record<string, string | null>) {
  const dir = writeTree(changes);
  dirs.push(dir);
  const content = await checkContent(path.join(dir, "lessons"), dir);
  return content.problems.errors.map(formatProblem);
}

describe("content:check", () => {
  it("accepts the valid fixture", async () => {
    expect(await problemsFor({})).toEqual([]);
  });

  const broken: [string, Record<string, string | null>, RegExp][] = [
    [
      "YAML syntax error",
      edit("lessons/demo/course.yaml", 'summary:\n  en: "A demo."', 'summary:\n  en: "A demo.\n  oops: ['),
      /^lessons\/demo\/course\.yaml:\d+: YAML:/,
    ],
    ["missing required field (on its parent's line)", edit("lessons/demo/course.yaml", 'title:\n  en: "Demo course"\n', ""), /^lessons\/demo\/course\.yaml:1: title:/],
    ["wrong type in frontmatter (line counted from the file start)", edit("lessons/demo/en/01-first.mdx", "minutes: 5", 'minutes: "five"'), /^lessons\/demo\/en\/01-first\.mdx:4: minutes:/],
    ["course slug differs from its folder", edit("lessons/demo/course.yaml", "slug: demo", "slug: other"), /^lessons\/demo\/course\.yaml:1: slug "other" must match/],
    [
      "duplicate lesson slug in the lesson order",
      edit("lessons/demo/course.yaml", "  - second\n", "  - second\n  - first\n"),
      /^lessons\/demo\/course\.yaml:15: lesson "first" is listed twice/,
    ],
    [
      "lesson file out of order",
      { "lessons/demo/en/02-second.mdx": null, "lessons/demo/en/03-second.mdx": validTree["lessons/demo/en/02-second.mdx"] },
      /^lessons\/demo\/en\/03-second\.mdx:1: lesson order: "second" is number 2/,
    ],
    ["unknown MDX component", edit("lessons/demo/en/02-second.mdx", "Something important.", "Something <Video src=\"x\" /> important."), /^lessons\/demo\/en\/02-second\.mdx:14: unknown component <Video>/],
    ["knowledge check that has no quiz file", edit("lessons/demo/en/01-first.mdx", 'id="kc-first"', 'id="kc-missing"'), /^lessons\/demo\/en\/01-first\.mdx:20: <KnowledgeCheck id="kc-missing">: no quiz file/],
    ["assessment named in course.yaml but missing", { "lessons/demo/quizzes/final.yaml": null }, /^lessons\/demo\/course\.yaml:15: assessment "final" has no file/],
    ["SourceRef to a source the lesson does not list", edit("lessons/demo/en/01-first.mdx", '<SourceRef id="opsc"', '<SourceRef id="guidelines"'), /^lessons\/demo\/en\/01-first\.mdx:14: <SourceRef id="guidelines"> cites a source not listed/],
    ["source not in the resource library", edit("lessons/demo/en/02-second.mdx", "id: guidelines", "id: unknown-report"), /^lessons\/demo\/en\/02-second\.mdx:8: source "unknown-report" is not in lessons\/resources\.yaml/],
    ["broken internal link", edit("lessons/demo/en/01-first.mdx", "/courses/demo/second", "/courses/demo/third"), /^lessons\/demo\/en\/01-first\.mdx:18: link to unknown lesson "demo\/third"/],
    ["link to an unknown library entry", edit("lessons/demo/en/01-first.mdx", "/resources#guidelines", "/resources#nope"), /^lessons\/demo\/en\/01-first\.mdx:18: link to unknown resource "#nope"/],
    ["MDX syntax error", edit("lessons/demo/en/02-second.mdx", "Something important.", "Something <Callout important."), /^lessons\/demo\/en\/02-second\.mdx:14: MDX:/],
    ["single-choice question with two right answers", edit("lessons/demo/quizzes/kc-first.yaml", '{ id: b, text: "B" }', '{ id: b, text: "B", correct: true }'), /^lessons\/demo\/quizzes\/kc-first\.yaml:8: single-choice question "q1" needs exactly one correct option \(has 2\)/],
    ["assessment drawing more questions than it has", edit("lessons/demo/quizzes/final.yaml", "draw: 1", "draw: 5"), /^lessons\/demo\/quizzes\/final\.yaml:3: draw is 5 but the pool has only 1/],
    ["lesson code (import/expressions) is refused", edit("lessons/demo/en/02-second.mdx", "Something important.", "Something {process.env.SECRET} important."), /^lessons\/demo\/en\/02-second\.mdx:14: lessons cannot use \{ \} expressions/],
    ["knowledge check inside a skippable example", edit("lessons/demo/en/01-first.mdx", '<KnowledgeCheck id="kc-first" />', '<SensitiveExample title="x">\n\n<KnowledgeCheck id="kc-first" />\n\n</SensitiveExample>'), /^lessons\/demo\/en\/01-first\.mdx:22: a knowledge check cannot sit inside <SensitiveExample>/],
  ];

  for (const [name, changes, expected] of broken) {
    it(`reports ${name} with file and line`, async () => {
      const problems = await problemsFor(changes);
      expect(problems.some((p) => expected.test(p)), `expected ${expected} in:\n${problems.join("\n")}`).toBe(true);
    });
  }

  it("the command exits non-zero and prints file:line lines for a broken tree", () => {
    const dir = writeTree(edit("lessons/demo/en/02-second.mdx", "Something important.", "<Video />"));
    dirs.push(dir);
    let output = "";
    let code = 0;
    try {
      execFileSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/content-check.ts", path.join(dir, "lessons")], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      code = e.status;
      output = e.stdout;
    }
    expect(code).toBe(1);
    expect(output).toMatch(/lessons\/demo\/en\/02-second\.mdx:14: unknown component <Video>/);
  });

  it("passes on the repository's own lessons", async () => {
    const content = await checkContent();
    expect(content.problems.errors.map(formatProblem)).toEqual([]);
    expect(content.courses.length).toBeGreaterThanOrEqual(2);
  });
});
