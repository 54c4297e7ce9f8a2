import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { lessonInLocale, lessonSummary, quizInLocale, type QuestionInLocale } from "@/lib/content/localized";
import { gradeAnswer, publicKeyOf, toPublicQuestion } from "@/lib/quiz/registry";
import { locales } from "@/i18n/routing";
import { keyAsAnswer } from "@/components/quiz/answer-text";
import { validTree, writeTree } from "./fixtures";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function tree(changes: Record<string, string | null>) {
  const dir = writeTree(changes);
  dirs.push(dir);
  return dir;
}
const englishVersion = (dir: string, lesson: string) => loadContent(path.join(dir, "lessons"), dir).courses[0].lessons.find((l) => l.slug === lesson)!.version;

const frenchFirst = (translates: string) => `---
title: "Première"
summary: "La première leçon."
minutes: 5
objectives:
  - "Lire"
sources:
  - id: opsc
    at: "art. 2"
translates: "${translates}"
---

## Début

Une phrase avec une citation <SourceRef id="opsc" at="art. 2" />.

<KnowledgeCheck id="kc-first" />
`;

describe("translated lessons and quizzes", () => {
  it("shows a translation where there is one, and English with a fallback flag where there is none", () => {
    const base = tree({});
    const dir = tree({ "lessons/demo/fr/01-first.mdx": frenchFirst(englishVersion(base, "first")) });
    const content = loadContent(path.join(dir, "lessons"), dir);
    expect(content.problems.list.map(formatProblem)).toEqual([]);
    const [first, second] = content.courses[0].lessons;

    const fr = lessonInLocale(first, "fr");
    expect([fr.lang, fr.fallback, fr.stale, fr.meta.title]).toEqual(["fr", false, false, "Première"]);
    expect(fr.body).toContain("Une phrase");
    // No Spanish translation: English, flagged, so the page can say so and mark it lang="en".
    const es = lessonInLocale(first, "es");
    expect([es.lang, es.fallback, es.meta.title]).toEqual(["en", true, "First"]);
    expect(es.body).toContain("A sentence");
    // English readers never see a fallback notice.
    expect(lessonInLocale(second, "en").fallback).toBe(false);
    expect(lessonInLocale(second, "fr")).toMatchObject({ lang: "en", fallback: true });
    expect(lessonSummary(second, "fr")).toMatchObject({ title: "Second", lang: "en" });
  });

  it("warns when the English lesson or quiz changed after translation, and refuses a translation without `translates`", async () => {
    const dir = tree({
      "lessons/demo/fr/01-first.mdx": frenchFirst("000000000000"),
      "lessons/demo/es/01-first.mdx": frenchFirst("x").replace(/^translates:.*\n/m, ""),
      "lessons/demo/fr/quizzes/kc-first.yaml": `translates: "111111111111"\nquestions:\n  q1:\n    prompt: "Choisissez a"\n`,
    });
    const content = await checkContent(path.join(dir, "lessons"), dir);
    const problems = content.problems.list.map(formatProblem);
    const version = content.courses[0].lessons[0].version;
    expect(problems).toContain(`lessons/demo/fr/01-first.mdx:10: warning: stale translation: it translates version 000000000000, but lessons/demo/en/01-first.mdx is now ${version}`);
    expect(problems.some((p) => /^lessons\/demo\/fr\/quizzes\/kc-first\.yaml:1: warning: stale translation/.test(p))).toBe(true);
    expect(problems.some((p) => /^lessons\/demo\/es\/01-first\.mdx:2: translates: say which English version/.test(p))).toBe(true);
    expect(content.problems.errors).toHaveLength(1); // stale is a warning, not an error
    expect(lessonInLocale(content.courses[0].lessons[0], "fr").stale).toBe(true);
  });

  it("refuses translations of things that do not exist, in languages the site does not have", async () => {
    const dir = tree({
      "lessons/demo/fr/03-third.mdx": frenchFirst("x"),
      "lessons/demo/de/01-first.mdx": frenchFirst("x"),
      "lessons/demo/fr/quizzes/kc-first.yaml": `translates: "x"\nquestions:\n  q9:\n    prompt: "?"\n  q1:\n    options:\n      z: "Z"\n`,
      "lessons/i18n/fr.yaml": `courses:\n  nope:\n    title: "T"\n    summary: "S"\n    audience: "A"\n    objectives: ["O"]\nresources:\n  missing: { summary: "R" }\n`,
    });
    const problems = (await checkContent(path.join(dir, "lessons"), dir)).problems.errors.map(formatProblem);
    for (const expected of [
      /^lessons\/demo\/fr\/03-third\.mdx:1: no English lesson en\/03-third\.mdx/,
      /^lessons\/demo\/de:1: "de" is not a language of the site/,
      /^lessons\/demo\/fr\/quizzes\/kc-first\.yaml:4: question "q9" is not in the English quiz/,
      /^lessons\/demo\/fr\/quizzes\/kc-first\.yaml:\d+: options "z" is not in question "q1"/,
      /^lessons\/i18n\/fr\.yaml:3: course "nope" does not exist/,
      /^lessons\/i18n\/fr\.yaml:\d+: resource "missing" is not in lessons\/resources\.yaml/,
    ]) {
      expect(problems.some((p) => expected.test(p)), `${expected} in:\n${problems.join("\n")}`).toBe(true);
    }
  });

  it("refuses a translation that drops the English lesson's content note", async () => {
    const withNote = validTree["lessons/demo/en/01-first.mdx"].replace('minutes: 5', 'minutes: 5\ncontentNote: "Discusses the sale of children."');
    const dir = tree({ "lessons/demo/en/01-first.mdx": withNote, "lessons/demo/fr/01-first.mdx": frenchFirst("x") });
    const problems = (await checkContent(path.join(dir, "lessons"), dir)).problems.errors.map(formatProblem);
    expect(problems).toContain("lessons/demo/fr/01-first.mdx:1: contentNote: the English lesson has a content note, so the translation needs one too (readers must get the same warning)");
    const ok = tree({ "lessons/demo/en/01-first.mdx": withNote, "lessons/demo/fr/01-first.mdx": frenchFirst("x").replace("minutes: 5", 'minutes: 5\ncontentNote: "Traite de la vente d’enfants."') });
    expect((await checkContent(path.join(ok, "lessons"), ok)).problems.errors.map(formatProblem).filter((p) => p.includes("contentNote"))).toEqual([]);
  });

  it("merges the catalogue translation into course, syllabus, resource and support texts", () => {
    const dir = tree({
      "lessons/i18n/fr.yaml": `courses:
  demo:
    title: "Cours de démonstration"
    summary: "Une démo."
    audience: "Tout le monde."
    objectives: ["Apprendre"]
    lessons:
      second: { title: "Deuxième", summary: "La deuxième leçon.", objectives: ["Réfléchir"] }
resources:
  opsc: { summary: "Le traité." }
support:
  helpline: { description: "De l’aide." }
`,
    });
    const content = loadContent(path.join(dir, "lessons"), dir);
    expect(content.problems.list).toEqual([]);
    const course = content.courses[0];
    expect(course.meta.title).toEqual({ en: "Demo course", fr: "Cours de démonstration" });
    expect(course.meta.objectives.fr).toEqual(["Apprendre"]);
    expect(lessonSummary(course.lessons[1], "fr")).toEqual({ title: "Deuxième", summary: "La deuxième leçon.", objectives: ["Réfléchir"], lang: "fr" });
    // The syllabus translation names the lesson; its body is still English (with the notice).
    expect(lessonInLocale(course.lessons[1], "fr").fallback).toBe(true);
    expect(content.resources[0].summary.fr).toBe("Le traité.");
    expect(content.support[0].description.fr).toBe("De l’aide.");
  });

  it("grades the same answers the same way in every language: translations change texts, never ids or keys", () => {
    const content = loadContent();
    const quizzes = content.courses.flatMap((c) => Object.values(c.quizzes));
    expect(quizzes.length).toBeGreaterThan(3);
    let translatedQuestions = 0;
    for (const quiz of quizzes) {
      for (const locale of locales) {
        const shown = quizInLocale(quiz, locale);
        expect(shown.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
        shown.questions.forEach((q, i) => {
          const english = quiz.questions[i];
          if (locale !== "en" && !(q as QuestionInLocale).fallback) translatedQuestions++;
          const seed = `seed-${quiz.id}`;
          const key = publicKeyOf(english, seed);
          expect(publicKeyOf(q, seed)).toEqual(key);
          // The right answer (as the browser would send it) and a wrong one grade identically.
          const right = keyAsAnswer(key);
          expect(gradeAnswer(english, seed, right).correct).toBe(true);
          expect(gradeAnswer(q, seed, right)).toEqual(gradeAnswer(english, seed, right));
          expect(gradeAnswer(q, seed, "nonsense")).toEqual(gradeAnswer(english, seed, "nonsense"));
          const pub = toPublicQuestion(q, seed);
          expect(pub.lang).toBe(locale !== "en" && (q as QuestionInLocale).fallback ? "en" : undefined);
        });
      }
    }
    // The real content has translated questions (the getting-started course), so this is not vacuous.
    expect(translatedQuestions).toBeGreaterThan(0);
  });
});
