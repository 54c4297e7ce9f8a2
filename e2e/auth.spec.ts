import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, DEMO_LEARNER, formReady, signIn, signOut, signUp, uniqueEmail } from "./helpers/accounts";
import { waitForEmail } from "./helpers/outbox";

test("sign up, sign out, sign in again and reach a protected page", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, "Maria Okafor", email, "a calm long passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await signOut(page);

  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount/);
  await formReady(page);
  await page.getByLabel("Email address").fill(email.toUpperCase());
  await page.getByLabel("Password", { exact: true }).fill("a calm long passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByTestId("account-name")).toHaveText("Maria Okafor");
});

test("the demo accounts sign in", async ({ page }) => {
  for (const account of [DEMO_LEARNER, DEMO_ADMIN]) {
    await signIn(page, account.email, account.password);
    await expect(page.getByTestId("account-email")).toHaveText(account.email);
    await signOut(page);
  }
});

test("a wrong password gets a generic error and the 6th failed attempt is refused", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, "Throttle Test", email, "the right passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  await signOut(page);

  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `wrong passphrase ${attempt}`);
    await expect(page.getByTestId("form-error")).toHaveText(/email address or password is not right/);
  }
  // Unknown accounts get exactly the same message.
  await signIn(page, uniqueEmail("nobody"), "whatever passphrase");
  await expect(page.getByTestId("form-error")).toHaveText(/email address or password is not right/);

  await signIn(page, email, "the right passphrase");
  await expect(page.getByTestId("form-error")).toHaveText(/Too many attempts/);
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

test("password reset through the emailed link works once", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, "Reset Test", email, "the old passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  await signOut(page);

  await page.goto("/en/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await formReady(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByTestId("reset-sent")).toBeVisible();

  const mail = await waitForEmail(email, "Reset your Safeguard Academy password");
  const link = mail.text.match(/http:\/\/127\.0\.0\.1:\d+\/en\/reset-password\?token=[A-Za-z0-9_-]+/)?.[0];
  expect(link, "the email contains a reset link").toBeTruthy();

  await page.goto(link!);
  await formReady(page);
  await page.getByLabel("New password").fill("the new passphrase");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?reset=1/);
  await expect(page.getByText("Your password has been changed")).toBeVisible();

  await signIn(page, email, "the old passphrase");
  await expect(page.getByTestId("form-error")).toBeVisible();
  await signIn(page, email, "the new passphrase");
  await expect(page).toHaveURL(/\/en\/account$/);
  await signOut(page);

  await page.goto(link!);
  await formReady(page);
  await page.getByLabel("New password").fill("a third passphrase");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(/already been used/);
});
