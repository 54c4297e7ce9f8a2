import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { edit, writeTree } from "./fixtures";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function load(changes: Record<string, string | null> = {}) {
  const dir = writeTree(changes);
  dirs.push(dir);
  return loadContent(path.join(dir, "lessons"), dir);
}

describe("loading content", () => {
  it("orders lessons as course.yaml lists them and reads their frontmatter", () => {
    const { courses, problems } = load();
    expect(problems.errors).toEqual([]);
    const demo = courses[0];
    expect(demo.lessons.map((l) => [l.position, l.slug, l.meta.title])).toEqual([
      [1, "first", "First"],
      [2, "second", "Second"],
    ]);
    expect(demo.minutes).toBe(12);
    expect(demo.lessons[0].meta.required).toBe(true);
    expect(demo.meta.certificate?.validityMonths).toBe(12);
  });

  it("keeps the body's line numbers equal to the file's (frontmatter blanked, not removed)", () => {
    const lesson = load().courses[0].lessons[0];
    expect(lesson.body.split("\n")[11]).toBe("## Start");
    expect(lesson.body).not.toContain("title:");
  });

  it("versions a lesson by its content: same file, same version; any edit, a new one", () => {
    const a = load().courses[0];
    const b = load().courses[0];
    const c = load(edit("lessons/demo/en/02-second.mdx", "Something important.", "Something else important.")).courses[0];
    expect(a.lessons[1].version).toBe(b.lessons[1].version);
    expect(a.version).toBe(b.version);
    expect(c.lessons[1].version).not.toBe(a.lessons[1].version);
    expect(c.lessons[0].version).toBe(a.lessons[0].version);
    expect(c.version).not.toBe(a.version);
    expect(a.version).toMatch(/^1\.[0-9a-f]{8}$/);
  });

  it("changes the course version when a quiz changes", () => {
    const a = load().courses[0];
    const c = load(edit("lessons/demo/quizzes/final.yaml", 'prompt: "True?"', 'prompt: "Is it true?"')).courses[0];
    expect(c.version).not.toBe(a.version);
  });

  it("loads quizzes with their answer keys for server-side use", () => {
    const quiz = load().courses[0].quizzes["final"];
    expect(quiz.kind).toBe("assessment");
    expect(quiz.questions[0]).toMatchObject({ type: "true-false", answer: true });
  });

  it("loads the repository's courses in a stable order", () => {
    const { courses } = loadContent();
    expect(courses.map((c) => c.slug)).toEqual([...courses.map((c) => c.slug)].sort());
    for (const course of courses) expect(course.lessons.map((l) => l.position)).toEqual(course.lessons.map((_, i) => i + 1));
  });
});
