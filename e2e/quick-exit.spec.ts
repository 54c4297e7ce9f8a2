import { expect, test, type Page } from "@playwright/test";

// scripts/e2e-server.mjs sets QUICK_EXIT_URL to this server's health endpoint (a stand-in neutral site).
const NEUTRAL = /\/api\/health\?quick-exit$/;

async function visitTwoPages(page: Page) {
  await page.goto("/en");
  await page.goto("/en/courses/opsc-guidelines/child-victims");
  await page.getByTestId("quick-exit").waitFor();
}

test("quick exit by click lands on the neutral site and Back does not return", async ({ page }) => {
  await visitTwoPages(page);
  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).not.toHaveURL(/child-victims/);
});

test("quick exit by pressing Shift three times", async ({ page }) => {
  await visitTwoPages(page);
  await page.waitForFunction(() => document.querySelector("[data-testid=quick-exit]") !== null);
  await page.locator("main").click();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).not.toHaveURL(/child-victims/);
});

test("quick exit is first in the tab order after the skip link, and works without JavaScript", async ({ page, browser }) => {
  await page.goto("/en/courses");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("quick-exit")).toBeFocused();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto("/en/support");
  await expect(plain.getByRole("heading", { name: "Leaving this site quickly" })).toBeVisible();
  await plain.getByTestId("quick-exit").click();
  await expect(plain).toHaveURL(NEUTRAL);
  await context.close();
});
