import { expect, test, type APIResponse } from "@playwright/test";

function expectSecurityHeaders(response: APIResponse, label: string) {
  const h = response.headers();
  const csp = h["content-security-policy"];
  expect(csp, `${label}: CSP`).toBeTruthy();
  expect(csp, `${label}: no unsafe-eval`).not.toContain("unsafe-eval");
  expect(csp, `${label}: frame-ancestors`).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"], label).toBe("nosniff");
  expect(h["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], label).toContain("camera=()");
}

const paths = [
  "/", // redirect to /en
  "/en",
  "/en/sign-in",
  "/en/sign-up",
  "/en/forgot-password",
  "/en/reset-password",
  "/en/account", // redirect to sign-in
  "/en/no-such-page", // 404
  "/api/health",
  "/api/auth/session",
  "/api/auth/csrf",
  "/favicon.ico",
];

test("every response carries the security headers", async ({ request }) => {
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(response, path);
  }
  const post = await request.post("/api/account/sign-up", { data: {} });
  expectSecurityHeaders(post, "POST /api/account/sign-up");
});

test("pages rendered per request use a fresh nonce; prerendered ones never allow eval", async ({ request }) => {
  const a = (await request.get("/en/account", { maxRedirects: 0 })).headers()["content-security-policy"];
  const b = (await request.get("/en/account", { maxRedirects: 0 })).headers()["content-security-policy"];
  const nonce = (csp: string) => csp.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce(a)).toBeTruthy();
  expect(nonce(a)).not.toBe(nonce(b));
  expect(a).toContain("'strict-dynamic'");
});

test("session cookies are httpOnly and SameSite", async ({ page, context }) => {
  await page.goto("/en/sign-in");
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByLabel("Email address").fill("learner@example.org");
  await page.getByLabel("Password", { exact: true }).fill("demo-learner-safeguard");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  const csrf = cookies.find((c) => c.name.endsWith("next-auth.csrf-token"));
  expect(csrf?.httpOnly).toBe(true);
});

test("a nonce page hydrates under its CSP (no blocked scripts)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  await page.goto("/en/account");
  await expect(page).toHaveURL(/sign-in/);
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByLabel("Email address").fill("admin@example.org");
  await page.getByLabel("Password", { exact: true }).fill("demo-admin-safeguard");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("account-email")).toHaveText("admin@example.org");
  // The header's sign-out button only works once the page has hydrated.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  expect(violations).toEqual([]);
});
