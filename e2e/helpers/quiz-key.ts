import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect, type Locator, type Page } from "@playwright/test";

type Question = {
  id: string;
  type: string;
  options?: { id: string; text: string; correct?: boolean }[];
  answer?: boolean;
  pairs?: { left: string; right: string }[];
  items?: { text: string }[];
  explanation: string;
};
export type QuizFile = { id: string; kind: string; questions: Question[] };

/** The answer key, read from the repository's quiz file (the test plays a learner who knows it). */
export function readQuiz(course: string, quiz: string): QuizFile {
  return parse(fs.readFileSync(path.join(process.cwd(), "lessons", course, "quizzes", `${quiz}.yaml`), "utf8"));
}

export function allQuizzes(): QuizFile[] {
  const root = path.join(process.cwd(), "lessons");
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, "quizzes")))
    .flatMap((d) => fs.readdirSync(path.join(root, d.name, "quizzes")).map((f) => readQuiz(d.name, f.replace(/\.yaml$/, ""))));
}

/** Fills one rendered question (a fieldset with data-question) right or wrong, by the keyboard-friendly controls. */
export async function answerQuestion(scope: Locator, q: Question, right: boolean) {
  const fieldset = scope.locator(`fieldset[data-question="${q.id}"]`);
  switch (q.type) {
    case "single": {
      const option = q.options!.find((o) => !!o.correct === right)!;
      await fieldset.getByLabel(option.text, { exact: true }).check();
      break;
    }
    case "multiple": {
      for (const o of q.options!) if (right ? o.correct : !o.correct) await fieldset.getByLabel(o.text, { exact: true }).check();
      break;
    }
    case "true-false":
      await fieldset.getByLabel(String(right ? q.answer : !q.answer) === "true" ? "True" : "False", { exact: true }).check();
      break;
    case "matching": {
      const rights = q.pairs!.map((p) => p.right);
      for (const [i, p] of q.pairs!.entries()) {
        await fieldset.getByLabel(`Match for “${p.left}”`).selectOption({ label: right ? p.right : rights[(i + 1) % rights.length] });
      }
      break;
    }
    case "ordering": {
      const n = q.items!.length;
      for (const [i, item] of q.items!.entries()) {
        await fieldset.getByLabel(`Position of “${item.text}”`).selectOption(String(right ? i + 1 : n - i));
      }
      break;
    }
  }
}

/** Answers every question of an attempt page; `rightCount` of them correctly. */
export async function answerAttempt(page: Page, quiz: QuizFile, rightCount: number) {
  const ids = await page.locator("fieldset[data-question]").evaluateAll((els) => els.map((e) => e.getAttribute("data-question")!));
  expect(ids.length).toBeGreaterThan(0);
  for (const [i, id] of ids.entries()) {
    const q = quiz.questions.find((x) => x.id === id)!;
    await answerQuestion(page.locator("[data-testid=attempt-form]"), q, i < rightCount);
  }
  return ids;
}

/** Completes every lesson (through the progress API) and passes the final assessment through the UI. */
export async function completeCourse(page: Page, course: string, lessons: string[]) {
  for (const lesson of lessons) {
    const r = await page.request.post("/api/progress", { data: { course, lesson, event: "completed" } });
    expect(r.status()).toBe(200);
  }
  await page.goto(`/en/assessments/${course}`);
  await page.getByTestId("start-attempt").click();
  await expect(page.getByTestId("attempt-form")).toBeVisible();
  await answerAttempt(page, readQuiz(course, "final-assessment"), Number.MAX_SAFE_INTEGER);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("course-complete")).toBeVisible();
}
