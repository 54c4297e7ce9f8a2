import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/accounts";
import { readQuiz } from "./helpers/quiz-key";

const COURSE = "trafficking-labour-exploitation";
const LESSONS = ["what-trafficking-is", "trafficking-and-covid-19", "worker-voice", "supply-chains-and-procurement", "investors-and-job-protection"];

/** Presses Tab until `target` has focus (proving it is reachable by keyboard), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

type Active = { tag: string; type: string; label: string; question: string | null; checked: boolean; text: string };
const active = (page: Page) =>
  page.evaluate((): Active => {
    const el = document.activeElement as HTMLInputElement;
    const label = (el.closest("label")?.innerText ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : "") ?? "").trim();
    return { tag: el.tagName, type: el.type, label, question: el.closest("fieldset")?.getAttribute("data-question") ?? null, checked: !!el.checked, text: el.innerText ?? "" };
  });

/** Answers every question of the attempt form with the keyboard only: Tab, arrow keys, Space, typing. */
async function answerByKeyboard(page: Page) {
  const quiz = readQuiz(COURSE, "final-assessment");
  const doneRadioGroups = new Set<string>();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const a = await active(page);
    if (a.tag === "BUTTON" && a.text.includes("Submit answers")) return;
    if (!a.question) continue;
    const q = quiz.questions.find((x) => x.id === a.question)!;
    if (a.type === "radio" && !doneRadioGroups.has(q.id)) {
      const want = q.type === "true-false" ? (q.answer ? "True" : "False") : q.options!.find((o) => o.correct)!.text;
      for (let n = 0; n < 10; n++) {
        await page.keyboard.press("ArrowDown");
        const now = await active(page);
        if (now.label === want && now.checked) break;
      }
      doneRadioGroups.add(q.id);
    } else if (a.type === "checkbox") {
      const option = q.options!.find((o) => o.text === a.label);
      if (option?.correct && !a.checked) await page.keyboard.press("Space");
    } else if (a.tag === "SELECT") {
      if (q.type === "matching") {
        const pair = q.pairs!.find((p) => a.label.includes(p.left))!;
        await page.keyboard.type(pair.right, { delay: 10 });
      } else {
        const index = q.items!.findIndex((it) => a.label.includes(it.text));
        await page.keyboard.type(String(index + 1));
      }
    }
  }
  throw new Error("Never reached the submit button");
}

test("the whole learner journey works with the keyboard only", async ({ page }) => {
  test.setTimeout(240_000);
  // Create the account (sign-up by keyboard is covered below by signing in by keyboard).
  const email = uniqueEmail();
  await signUp(page, "Keyboard Learner", email, "a keyboard passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  await page.getByRole("button", { name: "Sign out" }).press("Enter");
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  // Sign in.
  await page.goto("/en/sign-in");
  await page.locator("form[data-hydrated]").waitFor();
  await tabTo(page, page.getByLabel("Email address"));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("a keyboard passphrase");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/account$/);

  // Open a course from the header, then its first lesson.
  await tabTo(page, page.getByRole("banner").getByRole("link", { name: "Courses" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: /Human trafficking and labour exploitation/ }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByTestId("course-cta"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${LESSONS[0]}$`));

  // The lesson starts with a content note: choose to continue.
  await expect(page.getByTestId("content-note")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Continue to the lesson" }));
  await page.keyboard.press("Enter");

  // Answer a knowledge check.
  const kcForm = page.getByTestId("knowledge-check").locator("form").first();
  await tabTo(page, kcForm.locator("input").first());
  await page.keyboard.press("Space");
  await tabTo(page, kcForm.getByRole("button", { name: "Check answer" }));
  await page.keyboard.press("Enter");
  await expect(kcForm.getByTestId("kc-feedback")).toBeVisible();

  // A matching question, answered with the keyboard (the assessment's random draw may not include one).
  const kc = readQuiz(COURSE, "kc-what-trafficking-is");
  const matching = kc.questions.find((q) => q.type === "matching")!;
  expect(matching, "the first lesson's knowledge check has a matching question").toBeTruthy();
  const matchForm = page.getByTestId(`kc-question-${matching.id}`);
  for (const pair of matching.pairs!) {
    await tabTo(page, matchForm.getByLabel(`Match for “${pair.left}”`));
    await page.keyboard.type(pair.right, { delay: 10 });
  }
  await tabTo(page, matchForm.getByRole("button", { name: "Check answer" }));
  await page.keyboard.press("Enter");
  await expect(matchForm.getByTestId("kc-feedback")).toContainText("Correct.");

  // Read and complete every lesson.
  for (const lesson of LESSONS) {
    await page.goto(`/en/courses/${COURSE}/${lesson}`);
    const button = page.getByRole("button", { name: "Mark this lesson complete" });
    await expect(button).toBeEnabled();
    await tabTo(page, button, 400);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("lesson-complete")).toBeVisible();
  }

  // Pass the assessment, including matching and ordering questions.
  await page.goto(`/en/courses/${COURSE}`);
  await tabTo(page, page.getByTestId("assessment-link"), 400);
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByTestId("start-attempt"));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("attempt-form")).toBeVisible();
  await answerByKeyboard(page);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("attempt-result")).toContainText("You scored 100%");

  // Download the certificate.
  await page.goto("/en/certificates");
  await tabTo(page, page.getByTestId("download-pdf"));
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toMatch(/^safeguard-academy-certificate-.+\.pdf$/);
});
