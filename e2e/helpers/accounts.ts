import { expect, type Page } from "@playwright/test";

export const DEMO_LEARNER = { email: "learner@example.org", password: "demo-learner-safeguard" };
export const DEMO_ADMIN = { email: "admin@example.org", password: "demo-admin-safeguard" };

let counter = 0;
/** A fresh, unique email address for one test. */
export function uniqueEmail(prefix = "learner"): string {
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter++}@example.org`;
}

/** Waits until the page's form is interactive (its JavaScript has loaded). */
export async function formReady(page: Page) {
  await page.locator("form[data-hydrated]").waitFor();
}

export async function signIn(page: Page, email: string, password: string, path = "/en/sign-in") {
  await page.goto(path);
  await formReady(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signUp(page: Page, name: string, email: string, password: string) {
  await page.goto("/en/sign-up");
  await formReady(page);
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
}

/** Chooses "Continue to the lesson" when the lesson starts with a content note. */
export async function continuePastContentNote(page: Page) {
  const choice = page.getByTestId("content-note-choice");
  if (await page.getByTestId("content-note").count()) {
    await choice.getByRole("button", { name: "Continue to the lesson" }).click();
    await expect(choice).toHaveCount(0);
  }
}
