import { expect, test } from "@playwright/test";
import { signIn, signOut, signUp, uniqueEmail } from "./helpers/accounts";

test("catalogue → course → lesson → complete → progress → sign out and in → Continue", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, "Progress Learner", email, "a steady passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);

  await page.getByRole("link", { name: "Courses" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  await page.getByRole("link", { name: /Human trafficking and labour exploitation/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Human trafficking and labour exploitation");
  await page.getByTestId("course-cta").click();

  // Wait for the client-side navigation to land (the course page's heading is visible until then).
  await expect(page).toHaveURL(/\/en\/courses\/trafficking-labour-exploitation\/what-trafficking-is$/);
  await expect(page.getByRole("heading", { level: 1, name: "What trafficking and forced labour are" })).toBeVisible();
  await page.getByRole("button", { name: "Mark this lesson complete" }).click();
  await expect(page.getByTestId("lesson-complete")).toBeVisible();
  // A second press is impossible and a reload keeps it complete.
  await page.reload();
  await expect(page.getByTestId("lesson-complete")).toBeVisible();
  await expect(page.getByTestId("completed-what-trafficking-is")).toBeVisible();

  await page.goto("/en/courses");
  await expect(page.getByTestId("progress-trafficking-labour-exploitation")).toContainText("20% complete");

  await signOut(page);
  await signIn(page, email, "a steady passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  await page.goto("/en/courses/trafficking-labour-exploitation");
  const cta = page.getByTestId("course-cta");
  await expect(cta).toContainText("Continue");
  await cta.click();
  await expect(page).toHaveURL(/\/en\/courses\/trafficking-labour-exploitation\/trafficking-and-covid-19$/);

  await page.goto("/en/my-learning");
  await expect(page.getByTestId("in-progress")).toContainText("Human trafficking and labour exploitation");
});

test("a course can be read signed out, with a prompt to sign in to save progress", async ({ page }) => {
  await page.goto("/en/courses/opsc-guidelines/the-protocol-at-a-glance");
  await expect(page.getByRole("heading", { level: 1, name: "The Protocol at a glance" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to save your progress" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources for this lesson" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Next lesson/ })).toHaveAttribute("href", /words-matter$/);
});

test("a content note comes before the lesson; the learner continues (remembered) or goes back", async ({ page, browser }) => {
  await page.goto("/en/courses/opsc-guidelines/child-victims");
  await expect(page.getByTestId("content-note")).toBeVisible();
  await expect(page.getByTestId("content-note").getByRole("link", { name: "Find support" })).toBeVisible();
  await expect(page.locator(".lesson-body")).toBeHidden();
  await page.getByRole("link", { name: "Go back to the course" }).click();
  await expect(page).toHaveURL(/\/en\/courses\/opsc-guidelines$/);

  await page.goto("/en/courses/opsc-guidelines/child-victims");
  await expect(page.locator(".lesson-body")).toBeHidden();
  await page.getByRole("button", { name: "Continue to the lesson" }).click();
  await expect(page.locator(".lesson-body")).toBeVisible();
  const noteBox = await page.getByTestId("content-note").boundingBox();
  const bodyBox = await page.locator(".lesson-body").boundingBox();
  expect(noteBox!.y).toBeLessThan(bodyBox!.y);
  await page.reload();
  await expect(page.locator(".lesson-body")).toBeVisible(); // remembered for this lesson
  await page.goto("/en/courses/opsc-guidelines/the-digital-environment");
  await expect(page.locator(".lesson-body")).toBeHidden(); // but only for that lesson

  // Without JavaScript the lesson reads in full, under its note.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const plainPage = await plain.newPage();
  await plainPage.goto("/en/courses/opsc-guidelines/child-victims");
  await expect(plainPage.getByTestId("content-note")).toBeVisible();
  await expect(plainPage.locator(".lesson-body")).toBeVisible();
  await plain.close();
});

test("an optional example stays closed until the learner opens it, and opening it records nothing", async ({ page }) => {
  // (quiz.spec completes the OPSC course without ever opening this example.)
  await page.goto("/en/courses/opsc-guidelines/the-digital-environment");
  await page.getByRole("button", { name: "Continue to the lesson" }).click();
  const example = page.locator("details.sensitive-example");
  await expect(example).toHaveCount(1);
  await expect(example).not.toHaveAttribute("open", "");
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await example.locator("summary").click();
  await expect(example).toHaveAttribute("open", "");
  expect(requests.filter((u) => u.includes("/api/"))).toEqual([]);
});

test("unknown courses and lessons are a clear 404", async ({ page }) => {
  for (const path of ["/en/courses/no-such-course", "/en/courses/opsc-guidelines/no-such-lesson"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("progress API: signed out is refused, bad input is 4xx", async ({ request }) => {
  expect((await request.post("/api/progress", { data: { course: "x", lesson: "y", event: "completed" } })).status()).toBe(401);
  expect(await (await request.get("/api/progress")).json()).toEqual({ signedIn: false, courses: [] });
});

test("support is one link away from every page, and lists official services", async ({ page }) => {
  await page.goto("/en/courses/opsc-guidelines/child-victims");
  await page.getByTestId("content-note").getByRole("link", { name: "Find support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Support and reporting" })).toBeVisible();
  await expect(page.getByTestId("service-iwf").getByRole("link")).toHaveAttribute("href", "https://report.iwf.org.uk/");
  for (const path of ["/en", "/en/courses", "/en/sign-in"]) {
    await page.goto(path);
    await expect(page.getByRole("banner").getByRole("link", { name: "Support" })).toBeVisible();
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Support" })).toBeVisible();
  }
});
