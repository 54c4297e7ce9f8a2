import { expect, test, type APIRequestContext } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { signUp, uniqueEmail } from "./helpers/accounts";
import { allQuizzes } from "./helpers/quiz-key";

/** Every lesson of every course, from the repository's course files. */
function allLessonPaths(): string[] {
  const root = path.join(process.cwd(), "lessons");
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, "course.yaml")))
    .flatMap((d) => {
      const course = parse(fs.readFileSync(path.join(root, d.name, "course.yaml"), "utf8"));
      // English pages, and the pages of every language that has translated lessons of this course.
      const languages = ["en", ...fs.readdirSync(path.join(root, d.name)).filter((l) => /^[a-z]{2}$/.test(l) && l !== "en")];
      return languages.flatMap((locale) => [`/${locale}/courses/${d.name}`, ...course.lessons.map((l: string) => `/${locale}/courses/${d.name}/${l}`)]);
    });
}

// Explanations must not appear before a question is answered. (A lesson may teach the same sentence
// in its own text; such sentences are not evidence of a leak, so they are left out of the search.)
const lessonText = fs
  .readdirSync(path.join(process.cwd(), "lessons"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => fs.readFileSync(path.join(process.cwd(), "lessons", f), "utf8").replace(/\s+/g, " "))
  .join("\n");
/** Explanations in translated quiz files (lessons/<course>/<locale>/quizzes/*.yaml), keyed by question. */
const translatedExplanations = fs
  .readdirSync(path.join(process.cwd(), "lessons"), { recursive: true, encoding: "utf8" })
  .filter((f) => /\/[a-z]{2}\/quizzes\/[^/]+\.yaml$/.test(f.split(path.sep).join("/")))
  .flatMap((f) => Object.values(parse(fs.readFileSync(path.join(process.cwd(), "lessons", f), "utf8")).questions as Record<string, { explanation?: string }>))
  .map((q) => q.explanation)
  .filter((e): e is string => !!e);
const explanations = [...allQuizzes().flatMap((q) => q.questions.map((x) => x.explanation)), ...translatedExplanations]
  .map((e) => e.trim().replace(/\s+/g, " ").slice(0, 60))
  .filter((e) => !lessonText.includes(e));
const KEY_MARKERS = [/"correct"\s*:/, /\bcorrect:\s*(true|!0)/, /"answer"\s*:\s*(true|false)/, /"explanation"\s*:/, /"partialCredit"/, /"pairs"\s*:/];

function assertNoKey(label: string, body: string) {
  // One assertion per body (not one per marker and explanation): tens of thousands of expect() calls
  // made this test take minutes.
  expect(KEY_MARKERS.filter((marker) => marker.test(body)).map(String), `${label} contains answer-key markers`).toEqual([]);
  expect(explanations.filter((e) => body.includes(e)), `${label} contains explanations`).toEqual([]);
}

async function fetchAll(request: APIRequestContext, url: string, seenChunks: Set<string>) {
  const html = await (await request.get(url)).text();
  assertNoKey(`${url} (HTML)`, html);
  const rsc = await (await request.get(url, { headers: { RSC: "1" } })).text();
  assertNoKey(`${url} (RSC payload)`, rsc);
  for (const src of html.match(/\/_next\/static\/[^"']+\.js/g) ?? []) {
    if (seenChunks.has(src)) continue;
    seenChunks.add(src);
    assertNoKey(src, await (await request.get(src)).text());
  }
}

test("no answer key reaches the browser: pages, RSC payloads, scripts, knowledge-check and attempt pages", async ({ page, request }) => {
  test.setTimeout(180_000);
  expect(explanations.length).toBeGreaterThan(100);
  const seen = new Set<string>();
  for (const url of ["/en", "/en/courses", ...allLessonPaths()]) await fetchAll(request, url, seen);

  // Knowledge checks are loaded by the browser: their API answers carry no key before answering.
  const root = path.join(process.cwd(), "lessons");
  for (const course of fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, "quizzes")))) {
    for (const f of fs.readdirSync(path.join(root, course.name, "quizzes"))) {
      const quiz = f.replace(/\.yaml$/, "");
      // In every language: translations carry texts only, and the served questions never carry a key.
      for (const locale of ["en", "ar", "zh", "fr", "ru", "es"]) {
        const response = await request.get(`/api/quiz/knowledge-check?course=${course.name}&quiz=${quiz}&locale=${locale}`);
        if (response.status() === 404) break; // assessments are not served here
        const body = await response.text();
        assertNoKey(`knowledge check ${course.name}/${quiz} (${locale})`, body);
        // Option tokens are not the authors' ids (a, b, c…), which often follow the key.
        expect(body).not.toMatch(/"token":"[a-z]"/);
      }
    }
  }

  // During an attempt: the attempt page and its payload for each course with an assessment.
  await signUp(page, "Leak Tester", uniqueEmail(), "a curious passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  for (const course of ["opsc-guidelines", "trafficking-labour-exploitation"]) {
    const start = await page.request.post("/api/quiz/attempts", { data: { course } });
    const { attemptId } = await start.json();
    const url = `/en/assessments/${course}/attempts/${attemptId}`;
    const html = await (await page.request.get(url)).text();
    expect(html).toContain("data-question");
    assertNoKey(`${url} (HTML)`, html);
    assertNoKey(`${url} (RSC payload)`, await (await page.request.get(url, { headers: { RSC: "1" } })).text());
    // Ordering items and matching answers are never shown in the answer order.
    await page.goto(url);
    const quiz = allQuizzes().find((q) => q.kind === "assessment" && q.questions.some((x) => html.includes(`data-question="${x.id}"`)))!;
    for (const q of quiz.questions.filter((x) => x.type === "ordering" && html.includes(`data-question="${x.id}"`))) {
      const shown = await page.locator(`fieldset[data-question="${q.id}"] label`).allInnerTexts();
      expect(shown.map((s) => s.trim())).not.toEqual(q.items!.map((i) => i.text));
    }
  }
});
