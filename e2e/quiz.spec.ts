import { expect, test } from "@playwright/test";
import { continuePastContentNote, signUp, uniqueEmail } from "./helpers/accounts";
import { answerAttempt, answerQuestion, readQuiz } from "./helpers/quiz-key";

const COURSE = "trafficking-labour-exploitation";

test("a knowledge check gives right/wrong feedback with the explanation and source, and can be retried", async ({ page }) => {
  await page.goto(`/en/courses/${COURSE}/what-trafficking-is`);
  await continuePastContentNote(page);
  const quiz = readQuiz(COURSE, "kc-what-trafficking-is");
  const q = quiz.questions.find((x) => x.type === "single" || x.type === "true-false")!;
  const form = page.getByTestId(`kc-question-${q.id}`);
  await expect(form).toBeVisible();
  await answerQuestion(form, q as never, false);
  await form.getByRole("button", { name: "Check answer" }).click();
  const feedback = form.getByTestId("kc-feedback");
  await expect(feedback).toContainText("Not quite.");
  await expect(feedback).toContainText(q.explanation.slice(0, 40));
  await expect(feedback).toContainText("Source:");
  await feedback.getByRole("button", { name: "Try again" }).click();
  await answerQuestion(form, q as never, true);
  await form.getByRole("button", { name: "Check answer" }).click();
  await expect(form.getByTestId("kc-feedback")).toContainText("Correct.");
});

test("fail the assessment, see the review, pass on a second attempt, and the course shows complete", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Assessment Learner", uniqueEmail(), "a patient passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  const lessons = ["what-trafficking-is", "trafficking-and-covid-19", "worker-voice", "supply-chains-and-procurement", "investors-and-job-protection"];
  for (const lesson of lessons) {
    const r = await page.request.post("/api/progress", { data: { course: COURSE, lesson, event: "completed" } });
    expect(r.status()).toBe(200);
  }
  const quiz = readQuiz(COURSE, "final-assessment");

  await page.goto(`/en/courses/${COURSE}`);
  await page.getByTestId("assessment-link").click();
  await page.getByTestId("start-attempt").click();
  await expect(page.getByTestId("attempt-form")).toBeVisible();
  await answerAttempt(page, quiz, 2); // 2 of 10: fails
  await page.getByRole("button", { name: "Submit answers" }).click();
  // 2 of 10 right (wrong matching or ordering answers may still earn partial credit).
  await expect(page.getByTestId("attempt-result")).toContainText("did not reach the pass mark of 80%");
  const firstScore = Number((await page.getByTestId("attempt-result").innerText()).match(/You scored (\d+)%/)![1]);
  expect(firstScore).toBeGreaterThanOrEqual(20);
  expect(firstScore).toBeLessThan(80);
  const review = page.getByTestId("review");
  await expect(review.locator("[data-verdict=wrong]")).toHaveCount(8);
  await expect(review).toContainText("Correct answer");

  // Submitting the same attempt again changes nothing (idempotent).
  await page.goBack();
  await expect(page.getByTestId("attempt-result")).toBeVisible(); // the attempt page sends a submitted attempt to its review

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("attempt-form")).toBeVisible();
  await answerAttempt(page, quiz, 10);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("attempt-result")).toContainText("You scored 100%");
  await expect(page.getByTestId("course-complete")).toBeVisible();

  await page.goto(`/en/courses/${COURSE}`);
  await expect(page.getByTestId(`progress-${COURSE}`)).toContainText("Completed");
  await expect(page.getByTestId("course-attempt-history")).toContainText("100% — Passed");
  await expect(page.getByTestId("course-attempt-history")).toContainText(`${firstScore}% — Not passed`);
  await page.goto("/en/my-learning");
  await expect(page.getByTestId("completed")).toContainText("Human trafficking and labour exploitation");
});

test("attempts are private and bad submissions get a clear 4xx that changes nothing", async ({ page, browser }) => {
  await signUp(page, "Owner", uniqueEmail(), "an owner passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  const start = await page.request.post("/api/quiz/attempts", { data: { course: COURSE } });
  expect(start.status()).toBe(201);
  const { attemptId } = await start.json();

  const submit = (data: unknown, req = page.request) => req.post(`/api/quiz/attempts/${attemptId}/submit`, { data });
  expect((await submit({ course: COURSE, answers: { "no-such-question": "true" } })).status()).toBe(400);
  expect((await submit({ course: COURSE, answers: { x: "y".repeat(1024 * 1024) } })).status()).toBe(413);
  expect((await page.request.post(`/api/quiz/attempts/not-an-attempt/submit`, { data: { course: COURSE, answers: {} } })).status()).toBe(404);

  // Another learner cannot see or submit it.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, "Intruder", uniqueEmail(), "an intruder passphrase");
  await expect(otherPage).toHaveURL(/\/en\/account$/);
  expect((await submit({ course: COURSE, answers: {} }, otherPage.request)).status()).toBe(404);
  const peek = await otherPage.goto(`/en/assessments/${COURSE}/attempts/${attemptId}`);
  expect(peek?.status()).toBe(404);
  await other.close();

  // Signed out: refused.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.post(`/api/quiz/attempts/${attemptId}/submit`, { data: { course: COURSE, answers: {} } })).status()).toBe(401);
  await anonymous.close();

  // The attempt is still open and unchanged.
  await page.goto(`/en/assessments/${COURSE}/attempts/${attemptId}`);
  await expect(page.getByTestId("attempt-form")).toBeVisible();
});

test("the OPSC course can be completed end to end (its optional example never opened)", async ({ page }) => {
  test.setTimeout(120_000);
  const course = "opsc-guidelines";
  await signUp(page, "OPSC Learner", uniqueEmail(), "a thorough passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  const lessons = (await (await page.request.get("/api/progress")).json()).courses.find((c: { courseSlug: string }) => c.courseSlug === course);
  expect(lessons.percent).toBe(0);
  for (const lesson of ["why-the-guidelines-exist", "the-protocol-at-a-glance", "words-matter", "sale-and-trafficking", "the-digital-environment", "criminal-law-and-jurisdiction", "child-victims", "prevention-cooperation-reporting"]) {
    expect((await page.request.post("/api/progress", { data: { course, lesson, event: "completed" } })).status()).toBe(200);
  }
  await page.goto(`/en/assessments/${course}`);
  await page.getByTestId("start-attempt").click();
  await expect(page.getByTestId("attempt-form")).toBeVisible();
  expect(await answerAttempt(page, readQuiz(course, "final-assessment"), 15)).toHaveLength(15);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("attempt-result")).toContainText("You scored 100%");
  await expect(page.getByTestId("course-complete")).toBeVisible();
});
