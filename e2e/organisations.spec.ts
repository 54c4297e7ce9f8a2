import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { DEMO_ADMIN, DEMO_LEARNER, formReady, signIn, signUp, uniqueEmail } from "./helpers/accounts";
import { completeCourse } from "./helpers/quiz-key";
import { waitForEmail } from "./helpers/outbox";

const MANAGER = { email: "manager@example.org", password: "demo-manager-safeguard" };
const COURSE = "trafficking-labour-exploitation";
const LESSONS = ["what-trafficking-is", "trafficking-and-covid-19", "worker-voice", "supply-chains-and-procurement", "investors-and-job-protection"];

async function signedInContext(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/en\/account$/);
  return { context, page };
}

/** Every org page and route handler in the app, found from the files, so a new one cannot be missed. */
function orgEndpoints(): { kind: "page" | "api"; path: string; methods: string[] }[] {
  const found: { kind: "page" | "api"; path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const rel = path.relative("app", path.dirname(full)).split(path.sep).join("/");
        const methods = entry.name === "route.ts" ? [...fs.readFileSync(full, "utf8").matchAll(/export async function (GET|POST|PUT|PATCH|DELETE)/g)].map((m) => m[1]) : ["GET"];
        found.push({ kind: entry.name === "page.tsx" ? "page" : "api", path: "/" + rel, methods });
      }
    }
  };
  walk(path.join("app", "[locale]", "org"));
  walk(path.join("app", "api", "org"));
  return found;
}

test("a manager of another organisation, and a learner, get 404 for every org page, action and export", async ({ browser }) => {
  test.setTimeout(120_000);
  // Organisation B, created by the platform admin, owned by a new user.
  const ownerB = { email: uniqueEmail("owner-b"), password: "owner b passphrase" };
  const signup = await browser.newContext();
  await signUp(await signup.newPage(), "Owner B", ownerB.email, ownerB.password);
  await signup.close();
  const admin = await signedInContext(browser, DEMO_ADMIN);
  const created = await admin.page.request.post("/api/admin/organizations", { data: { name: "Org B", slug: `org-b-${Date.now()}`, ownerEmail: ownerB.email, ownerName: "Owner B" } });
  expect(created.status()).toBe(201);
  await admin.context.close();

  // The demo organisation A, seen by its own manager, has a learner to target.
  const manager = await signedInContext(browser, MANAGER);
  const dashboard = await manager.page.goto("/en/org/demo-ngo");
  expect(dashboard?.status()).toBe(200);
  const learnerHref = await manager.page.getByTestId("learner-table").locator("tbody a").first().getAttribute("href");
  const learnerId = learnerHref!.split("/").pop()!;
  await manager.context.close();

  const endpoints = orgEndpoints();
  expect(endpoints.length).toBeGreaterThanOrEqual(7);
  const fill = (p: string) => p.replace("[locale]", "en").replace("[slug]", "demo-ngo").replace("[userId]", learnerId);

  const check = async (request: APIRequestContext, who: string) => {
    for (const e of endpoints) {
      for (const method of e.methods) {
        const url = fill(e.path);
        const response =
          method === "GET"
            ? await request.get(url, { maxRedirects: 0 })
            : await request.fetch(url, { method, data: { course: COURSE, due: "2099-01-01", name: "x", locale: "en" }, maxRedirects: 0 });
        expect(response.status(), `${who}: ${method} ${url}`).toBe(404);
      }
    }
  };
  const outsider = await signedInContext(browser, ownerB);
  await check(outsider.page.request, "manager of another organisation");
  await outsider.context.close();
  const learner = await signedInContext(browser, DEMO_LEARNER); // a LEARNER member of demo-ngo
  await check(learner.page.request, "learner");
  await learner.context.close();
});

test("import a CSV → assign a course with a due date → a learner completes it → the dashboard counts change → export the CSV", async ({ browser }) => {
  test.setTimeout(180_000);
  // A learner who already has an account (added directly) and a newcomer (invited by email).
  const learnerAccount = { email: uniqueEmail("joiner"), password: "joiner passphrase" };
  const learnerCtx = await browser.newContext();
  const learnerPage = await learnerCtx.newPage();
  await signUp(learnerPage, "Joiner Example", learnerAccount.email, learnerAccount.password);
  await expect(learnerPage).toHaveURL(/\/en\/account$/);

  const group = `Buyers ${Date.now()}`;
  const manager = await signedInContext(browser, MANAGER);
  const page = manager.page;
  await page.goto("/en/org/demo-ngo/members");
  // First a file with problems: nothing is imported, and each problem names its line.
  await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(`name,email,group\nJoiner Example,${learnerAccount.email},${group}\nBad Row,not-an-email,${group}\n`) });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByTestId("import-problems")).toContainText("Line 3");
  await expect(page.getByTestId("member-table")).not.toContainText(learnerAccount.email);
  // Then a good one.
  const newcomer = uniqueEmail("newcomer");
  await page.getByLabel("CSV file").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFFname,email,group\nJoiner Example,${learnerAccount.email},${group}\nNew Comer,${newcomer},${group}\n`) });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByTestId("import-done")).toContainText("1 added, 1 invited");
  await expect(page.getByTestId("member-table")).toContainText(learnerAccount.email);

  // Assign the course to that group.
  await page.goto("/en/org/demo-ngo/assignments");
  await page.getByLabel("Course").selectOption(COURSE);
  await page.getByLabel("One group").check();
  await page.getByLabel("Group", { exact: true }).selectOption({ label: group });
  await page.getByLabel("Due date").fill("2099-12-31");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page).toHaveURL(/\/en\/org\/demo-ngo\?assigned=1/);
  const card = page.getByTestId(`assignment-${COURSE}`).filter({ hasText: group });
  await expect(card.getByTestId("count-not-started")).toHaveText("1");
  await expect(card.getByTestId("count-completed")).toHaveText("0");

  // The learner sees it first on My learning, then completes it.
  await learnerPage.goto("/en/my-learning");
  await expect(learnerPage.getByTestId("assigned")).toContainText("Human trafficking and labour exploitation");
  await completeCourse(learnerPage, COURSE, LESSONS);
  await learnerCtx.close();

  await page.reload();
  await expect(card.getByTestId("count-completed")).toHaveText("1");
  await expect(card.getByTestId("count-not-started")).toHaveText("0");

  // The manager can open the learner's record and download their certificate.
  await page.getByTestId("learner-table").locator("tbody a", { hasText: "Joiner Example" }).first().click();
  const pdfHref = await page.getByTestId("manager-certificate-pdf").getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await page.goto("/en/org/demo-ngo");

  // Export the learner table filtered to the group.
  await page.getByLabel("Group", { exact: true }).selectOption(group);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByTestId("learner-table")).toContainText("Joiner Example");
  const href = await page.getByTestId("export-csv").getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const csv = (await response.text()).replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe("name,email,group,course,due,status,started,completed,best_score,passed");
  const who = `Joiner Example,${learnerAccount.email.replace(/[.+]/g, "\\$&")},${group}`;
  // The demo organisation also assigns the OPSC course to everyone (seeded); this learner has not started it.
  expect(lines.slice(1)).toEqual([
    expect.stringMatching(new RegExp(`^${who},opsc-guidelines,[^,]+,not-started,,,,no$`)),
    expect.stringMatching(new RegExp(`^${who},${COURSE},2099-12-31T23:59:59.000Z,completed,[^,]+,[^,]+,100,yes$`)),
  ]);
  await manager.context.close();
});

test("an invited newcomer accepts the emailed link, signs up, and sees the course a manager assigned to them by name", async ({ browser }) => {
  test.setTimeout(120_000);
  const manager = await signedInContext(browser, MANAGER);
  const page = manager.page;
  const newcomer = uniqueEmail("invitee");
  await page.goto("/en/org/demo-ngo/members");
  await page.getByLabel("CSV file").setInputFiles({ name: "invite.csv", mimeType: "text/csv", buffer: Buffer.from(`name,email,group\nIn Vitee,${newcomer},\n`) });
  await page.getByRole("button", { name: "Check and import" }).click();
  await expect(page.getByTestId("import-done")).toContainText("0 added, 1 invited");

  // The link in the email; before accepting, the person is not a member and cannot be assigned by name.
  const email = await waitForEmail(newcomer, "You are invited to train with");
  const link = email.text.match(/https?:\/\/\S+\/invitations\/\S+/)![0];
  await page.goto("/en/org/demo-ngo/assignments");
  await page.getByLabel("Course").selectOption("learning-safely");
  await page.getByLabel("Chosen people").check();
  await page.getByLabel(/Their email addresses/).fill(`${newcomer}\nnobody-${Date.now()}@example.org`);
  await page.getByLabel("Due date").fill("2099-06-30");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was assigned" })).toContainText(`not learners in this organisation: ${newcomer} nobody-`);
  // What was typed is still there.
  await expect(page.getByLabel(/Their email addresses/)).toHaveValue(new RegExp(`^${newcomer.replace(/[.+]/g, "\\$&")}\nnobody-`));
  await expect(page.getByLabel("Due date")).toHaveValue("2099-06-30");

  // The newcomer opens the link, creates an account, and accepts.
  const ctx = await browser.newContext();
  const invitee = await ctx.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Join Riverside Child Protection Network (demo) on Safeguard Academy");
  await invitee.getByRole("link", { name: "Create an account" }).click();
  await formReady(invitee);
  await invitee.getByLabel("Full name").fill("In Vitee");
  await invitee.getByLabel("Email address").fill(newcomer);
  await invitee.getByLabel("Password", { exact: true }).fill("invitee passphrase");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee).toHaveURL(/\/en\/invitations\//);
  await invitee.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(invitee).toHaveURL(/\/en\/my-learning$/);

  // Now the manager assigns a course to them by name; it shows first on their My learning.
  await page.getByLabel(/Their email addresses/).fill(newcomer);
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page).toHaveURL(/\/en\/org\/demo-ngo\?assigned=1/);
  await invitee.reload();
  await expect(invitee.getByTestId("assigned")).toContainText("Getting started: learning safely");

  // The link works once.
  await invitee.goto(link);
  await expect(invitee.getByText("This invitation has already been used.")).toBeVisible();
  await ctx.close();
  await manager.context.close();
});
