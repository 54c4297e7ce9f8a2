import { expect, test, type APIResponse } from "@playwright/test";

async function expectClear4xx(response: APIResponse, status: number) {
  expect(response.status()).toBe(status);
  const body = await response.text();
  expect(body).not.toMatch(/at \w+ \(|node_modules|Error:|stack/i);
  return JSON.parse(body);
}

test("sign-up rejects empty fields, a 10 kB email and a duplicate address with 4xx", async ({ request }) => {
  const empty = await expectClear4xx(await request.post("/api/account/sign-up", { data: { name: "", email: "", password: "" } }), 400);
  expect(empty.fieldErrors).toEqual({ name: "nameRequired", email: "emailRequired", password: "passwordTooShort" });

  const huge = await expectClear4xx(
    await request.post("/api/account/sign-up", { data: { name: "A", email: "a".repeat(10_000) + "@example.org", password: "a fine passphrase" } }),
    400,
  );
  expect(huge.fieldErrors.email).toBe("emailTooLong");

  const dup = await expectClear4xx(
    await request.post("/api/account/sign-up", { data: { name: "Lee", email: "LEARNER@example.org", password: "a fine passphrase" } }),
    409,
  );
  expect(dup.fieldErrors.email).toBe("emailTaken");

  await expectClear4xx(await request.post("/api/account/sign-up", { data: "{not json", headers: { "content-type": "application/json" } }), 400);
  await expectClear4xx(await request.post("/api/account/sign-up", { data: { name: "x".repeat(100_000) } }), 413);
  await expectClear4xx(await request.post("/api/account/sign-up", { form: { name: "A" } }), 415);
});

test("password reset rejects a malformed token, a bad email and cross-site posts", async ({ request }) => {
  const bad = await expectClear4xx(await request.post("/api/account/password-reset/confirm", { data: { token: "../../etc", password: "a fine passphrase" } }), 400);
  expect(bad.fieldErrors.token).toBe("tokenInvalid");
  await expectClear4xx(await request.post("/api/account/password-reset/confirm", { data: { token: { $gt: "" } } }), 400);
  const email = await expectClear4xx(await request.post("/api/account/password-reset", { data: { email: "not-an-email" } }), 400);
  expect(email.fieldErrors.email).toBe("emailInvalid");
  await expectClear4xx(
    await request.post("/api/account/password-reset", { data: { email: "learner@example.org" }, headers: { origin: "https://evil.example" } }),
    403,
  );
});

test("sign-in with malformed credentials is an ordinary 401, never a 500", async ({ request }) => {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: "x".repeat(10_000), password: "", json: "true" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  expect(response.status()).toBeGreaterThanOrEqual(300);
});

test("the sign-up form shows each problem next to its field", async ({ page }) => {
  await page.goto("/en/sign-up");
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("name-error")).toHaveText("Enter your name.");
  await expect(page.getByTestId("email-error")).toHaveText("Enter your email address.");
  await expect(page.getByTestId("password-error")).toHaveText("Use at least 10 characters.");
  await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Full name").fill("Lee");
  await page.getByLabel("Email address").fill("learner@example.org");
  await page.getByLabel("Password", { exact: true }).fill("1234567890");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("email-error")).toContainText("already uses this email address");
  await expect(page.getByTestId("password-error")).toContainText("most common passwords");
});
