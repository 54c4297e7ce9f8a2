import { expect, test, type Page } from "@playwright/test";
import { continuePastContentNote } from "./helpers/accounts";

async function filterLibrary(page: Page) {
  await page.goto("/en/resources");
  const all = Number((await page.getByTestId("resource-count").innerText()).match(/\d+/)![0]);
  expect(all).toBeGreaterThan(20);

  await page.getByLabel("Region").selectOption("Asia");
  await page.getByRole("button", { name: "Show resources" }).click();
  await expect(page).toHaveURL(/region=Asia/);
  await expect(page.getByTestId("resource-issara-top5-labour-abuses")).toBeVisible();
  await expect(page.getByTestId("resource-opsc")).toHaveCount(0);

  await page.getByLabel("Region").selectOption("");
  await page.getByLabel("Type").selectOption("COVID-19 resource");
  await page.getByRole("button", { name: "Show resources" }).click();
  await expect(page).toHaveURL(/type=COVID-19/);
  await expect(page.getByTestId("resource-odihr-unwomen-covid-trafficking")).toBeVisible();
  await expect(page.getByTestId("resource-cdc-investor-job-protection")).toBeVisible();
  await expect(page.getByTestId("resource-palermo-protocol")).toHaveCount(0);

  await page.getByLabel("Type").selectOption("");
  await page.getByLabel("Search").fill("forced labour indicators");
  await page.getByRole("button", { name: "Show resources" }).click();
  await expect(page.getByTestId("resource-ilo-forced-labour-indicators")).toBeVisible();
  expect(Number((await page.getByTestId("resource-count").innerText()).match(/\d+/)?.[0] ?? "0")).toBeLessThan(all);

  await page.getByLabel("Search").fill("no such words anywhere zzz");
  await page.getByRole("button", { name: "Show resources" }).click();
  await expect(page.getByTestId("resource-count")).toHaveText("No resources match.");
}

test("filter the library by region and type and search it", async ({ page }) => {
  await filterLibrary(page);
});

test("the library works with JavaScript disabled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await filterLibrary(await context.newPage());
  await context.close();
});

test("each library entry lists the lessons that use it, and lessons' citations lead to it", async ({ page }) => {
  await page.goto("/en/courses/trafficking-labour-exploitation/what-trafficking-is");
  await continuePastContentNote(page);
  const ref = page.locator(".lesson-body a.sourceref").first();
  const href = await ref.getAttribute("href");
  expect(href).toMatch(/^\/en\/resources#[a-z0-9-]+$/);
  await ref.click();
  const id = href!.split("#")[1];
  await expect(page.getByTestId(`resource-${id}`)).toBeVisible();
  await expect(page.getByTestId(`resource-${id}`).getByRole("link", { name: "What trafficking and forced labour are" })).toHaveAttribute(
    "href",
    "/en/courses/trafficking-labour-exploitation/what-trafficking-is",
  );
});
