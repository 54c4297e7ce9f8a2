import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "yaml";
import { PDFDocument } from "pdf-lib";
import { continuePastContentNote, signUp, uniqueEmail } from "./helpers/accounts";
import { completeCourse } from "./helpers/quiz-key";
import { waitForEmail } from "./helpers/outbox";

const LOCALES = ["en", "ar", "zh", "fr", "ru", "es"] as const;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const COURSE = "trafficking-labour-exploitation";
const LESSONS = ["what-trafficking-is", "trafficking-and-covid-19", "worker-voice", "supply-chains-and-procurement", "investors-and-job-protection"];

type Messages = { [k: string]: string | Messages };
const messages = (locale: string) => JSON.parse(fs.readFileSync(path.join("messages", `${locale}.json`), "utf8")) as Messages;
const message = (locale: string, key: string) => key.split(".").reduce<Messages | string>((m, k) => (m as Messages)[k], messages(locale)) as string;
/** The catalogue title of a course in a language, from the translation files (English from course.yaml). */
const courseTitle = (locale: string, course: string) =>
  locale === "en" ? parse(fs.readFileSync(path.join("lessons", course, "course.yaml"), "utf8")).title.en : parse(fs.readFileSync(path.join("lessons", "i18n", `${locale}.yaml`), "utf8")).courses[course].title;
const kcTranslation = (locale: string) =>
  locale === "en" ? null : parse(fs.readFileSync(path.join("lessons", "learning-safely", locale, "quizzes", "kc-getting-started.yaml"), "utf8"));

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `${label}: axe violations`).toEqual([]);
}

async function expectLanguage(page: Page, locale: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
}

let certificateCode = "";

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage();
  await signUp(page, "Polyglot Learner", uniqueEmail("polyglot"), "many languages passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  await completeCourse(page, COURSE, LESSONS);
  await page.goto("/en/certificates");
  certificateCode = (await page.getByTestId(`certificate-${COURSE}`).getByTestId("certificate-code").innerText()).trim();
  await page.close();
});

for (const locale of LOCALES) {
  test(`${locale}: landing, catalogue, a lesson, a knowledge check and verification render with the right lang and dir, and pass axe`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${locale}`);
    await expectLanguage(page, locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(locale, "home.title"));
    await expectNoViolations(page, `/${locale}`);

    await page.goto(`/${locale}/courses`);
    await expectLanguage(page, locale);
    await expect(page.getByRole("link", { name: courseTitle(locale, "opsc-guidelines") })).toBeVisible();
    await expectNoViolations(page, `/${locale}/courses`);

    // A lesson not yet translated: English, marked as such, with a notice in the learner's language.
    await page.goto(`/${locale}/courses/opsc-guidelines/why-the-guidelines-exist`);
    await expectLanguage(page, locale);
    await continuePastContentNoteIn(page, locale);
    const body = page.locator(".lesson-body");
    if (locale === "en") {
      await expect(page.getByTestId("english-fallback")).toHaveCount(0);
      await expect(body).not.toHaveAttribute("lang", /./);
    } else {
      await expect(page.getByTestId("english-fallback")).toBeVisible();
      await expect(body).toHaveAttribute("lang", "en");
      await expect(body).toHaveAttribute("dir", "ltr");
    }
    await expectNoViolations(page, `/${locale} lesson (English fallback)`);

    // A translated lesson with its knowledge check, answered.
    await page.goto(`/${locale}/courses/learning-safely/how-courses-work`);
    await expectLanguage(page, locale);
    await expect(page.getByTestId("english-fallback")).toHaveCount(0);
    const question = page.getByTestId("kc-question-knowledge-check-graded");
    const tr = kcTranslation(locale);
    await expect(question.locator("legend")).toContainText(tr ? tr.questions["knowledge-check-graded"].prompt : "Knowledge checks inside lessons are graded");
    await question.getByRole("radio").nth(1).check();
    await question.getByRole("button", { name: message(locale, "quiz.check") }).click();
    const feedback = question.getByTestId("kc-feedback");
    await expect(feedback).toContainText(tr ? tr.questions["knowledge-check-graded"].explanation : "Knowledge checks are for practice.");
    await expectNoViolations(page, `/${locale} knowledge check`);

    // The public verification page of a real certificate.
    await page.goto(`/${locale}/verify/${certificateCode}`);
    await expectLanguage(page, locale);
    await expect(page.getByText(certificateCode).first()).toBeVisible();
    await expectNoViolations(page, `/${locale}/verify`);
  });
}

async function continuePastContentNoteIn(page: Page, locale: string) {
  if (locale === "en") return continuePastContentNote(page);
  const choice = page.getByTestId("content-note-choice");
  if (await page.getByTestId("content-note").count()) {
    await choice.getByRole("button", { name: message(locale, "lesson.continueToLesson") }).click();
    await expect(choice).toHaveCount(0);
  }
}

test("Arabic mirrors the layout: the site name stands at the right and the quick exit stays reachable", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/ar");
  const brand = await page.getByRole("link", { name: "Safeguard Academy" }).first().boundingBox();
  expect(brand!.x).toBeGreaterThan(640);
  await page.goto("/en");
  const brandEn = await page.getByRole("link", { name: "Safeguard Academy" }).first().boundingBox();
  expect(brandEn!.x).toBeLessThan(640);
});

test("the language switcher keeps the page, and a signed-in learner's choice is used for their emails and certificate", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("switcher");
  await signUp(page, "فاطمة الزهراء", email, "switching languages passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  await completeCourse(page, COURSE, LESSONS);

  await page.goto(`/en/courses/${COURSE}`);
  await page.getByLabel("Language").selectOption("fr");
  await page.getByRole("button", { name: "Change" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/courses/${COURSE}$`));
  await expectLanguage(page, "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(courseTitle("fr", COURSE));

  // Switch to Arabic from the certificates page: the certificate PDF is now in Arabic, with the name drawn.
  await page.goto("/fr/certificates");
  await page.getByLabel(message("fr", "nav.language")).selectOption("ar");
  await page.getByRole("button", { name: message("fr", "nav.changeLanguage") }).click();
  await expect(page).toHaveURL(/\/ar\/certificates$/);
  const href = await page.getByTestId(`certificate-${COURSE}`).getByTestId("download-pdf").getAttribute("href");
  const pdf = await PDFDocument.load(await (await page.request.get(href!)).body());
  expect(pdf.getTitle()).toContain(message("ar", "certificates.pdf.title"));
  expect(pdf.getSubject()).toContain("فاطمة الزهراء");

  // An email to them is in Arabic too.
  await page.context().clearCookies();
  await page.goto("/en/forgot-password");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByTestId("reset-sent")).toBeVisible();
  const mail = await waitForEmail(email, message("ar", "emails.passwordReset.subject"));
  expect(mail.text).toContain("/ar/");
});
