import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { continuePastContentNote, signUp, uniqueEmail } from "./helpers/accounts";
import { completeCourse } from "./helpers/quiz-key";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const COURSE = "trafficking-labour-exploitation";
const LESSONS = ["what-trafficking-is", "trafficking-and-covid-19", "worker-voice", "supply-chains-and-procurement", "investors-and-job-protection"];

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `${label}: axe violations`).toEqual([]);
}

test("every page type has no WCAG 2.2 AA violations (axe)", async ({ page }) => {
  test.setTimeout(240_000);
  const publicPages = [
    "/en",
    "/en/courses",
    `/en/courses/${COURSE}`,
    "/en/courses/opsc-guidelines/the-digital-environment",
    "/en/resources",
    "/en/resources?type=Guidance&region=Europe",
    "/en/support",
    "/en/sign-in",
    "/en/sign-up",
    "/en/forgot-password",
    "/en/verify",
    "/en/no-such-page",
  ];
  for (const path of publicPages) {
    await page.goto(path);
    await expectNoViolations(page, path);
  }

  // A lesson with its knowledge check loaded and answered.
  await page.goto(`/en/courses/${COURSE}/what-trafficking-is`);
  await expectNoViolations(page, "lesson behind a content note");
  await continuePastContentNote(page);
  const kc = page.getByTestId("knowledge-check").locator("form").first();
  await kc.locator("input").first().check();
  await kc.getByRole("button", { name: "Check answer" }).click();
  await expect(kc.getByTestId("kc-feedback")).toBeVisible();
  await expectNoViolations(page, "lesson with knowledge check");

  await signUp(page, "Axe Learner", uniqueEmail(), "an accessible passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  await expectNoViolations(page, "account");
  await page.goto(`/en/assessments/${COURSE}`);
  await expectNoViolations(page, "assessment");
  await page.getByTestId("start-attempt").click();
  await expect(page.getByTestId("attempt-form")).toBeVisible();
  await expectNoViolations(page, "assessment attempt");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByTestId("attempt-result")).toBeVisible();
  await expectNoViolations(page, "review");

  await completeCourse(page, COURSE, LESSONS);
  await page.goto("/en/my-learning");
  await expectNoViolations(page, "my learning");
  await page.goto("/en/certificates");
  await expectNoViolations(page, "certificates");
  await page.getByTestId("share-link").click();
  await expect(page.getByTestId("verify-status")).toBeVisible();
  await expectNoViolations(page, "verification");
});
