import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/db";
import { readOutbox } from "../helpers/outbox";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { requestPasswordReset, resetPassword, RESET_EMAILS_PER_HOUR } from "@/lib/auth/password-reset";
import type { Db } from "@/lib/db";

let db: Db;
let cleanup: () => Promise<void>;
let outbox: string;
const now = new Date("2026-11-28T09:00:00Z");

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  outbox = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
  await db.user.create({ data: { email: "jo@example.org", name: "Jo", passwordHash: await hashPassword("old-password-123") } });
});
afterAll(async () => {
  await cleanup();
  fs.rmSync(outbox, { recursive: true, force: true });
});

async function requestAndReadToken(at: Date): Promise<string> {
  const before = readOutbox(outbox).length;
  expect(await requestPasswordReset(db, { email: " JO@example.org", baseUrl: "https://academy.example" }, at)).toEqual({ ok: true });
  const mails = readOutbox(outbox);
  expect(mails.length).toBe(before + 1);
  const mail = mails[mails.length - 1];
  expect(mail.to).toBe("jo@example.org");
  const match = mail.text.match(/https:\/\/academy\.example\/en\/reset-password\?token=([A-Za-z0-9_-]{43})/);
  expect(match).not.toBeNull();
  return match![1];
}

describe("password reset", () => {
  it("stores only a hash of the token and writes the link to the outbox", async () => {
    const token = await requestAndReadToken(now);
    const rows = await db.passwordResetToken.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].expiresAt.getTime() - now.getTime()).toBe(60 * 60_000);
  });

  it("works once: sets the new password, ends old sessions, and refuses a second use", async () => {
    await db.passwordResetToken.deleteMany();
    const token = await requestAndReadToken(now);
    const before = await db.user.findUniqueOrThrow({ where: { email: "jo@example.org" } });
    expect(await resetPassword(db, { token, password: "brand-new-password-1" }, new Date(now.getTime() + 5 * 60_000))).toMatchObject({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { email: "jo@example.org" } });
    expect(await verifyPassword("brand-new-password-1", after.passwordHash)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await resetPassword(db, { token, password: "another-password-22" }, new Date(now.getTime() + 6 * 60_000))).toEqual({ ok: false, error: "tokenUsed" });
  });

  it("refuses a token after one hour", async () => {
    await db.passwordResetToken.deleteMany();
    const token = await requestAndReadToken(now);
    expect(await resetPassword(db, { token, password: "late-password-123" }, new Date(now.getTime() + 60 * 60_000 + 1))).toEqual({ ok: false, error: "tokenExpired" });
    expect(await resetPassword(db, { token, password: "in-time-password-1" }, new Date(now.getTime() + 59 * 60_000))).toMatchObject({ ok: true });
  });

  it("lets only one of two simultaneous uses of a token succeed", async () => {
    await db.passwordResetToken.deleteMany();
    const token = await requestAndReadToken(now);
    const results = await Promise.all([
      resetPassword(db, { token, password: "racing-password-aa" }, now),
      resetPassword(db, { token, password: "racing-password-bb" }, now),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("checks the new password against the rules and keeps the token usable", async () => {
    await db.passwordResetToken.deleteMany();
    const token = await requestAndReadToken(now);
    expect(await resetPassword(db, { token, password: "short" }, now)).toEqual({ ok: false, error: "passwordTooShort" });
    expect(await resetPassword(db, { token, password: "1234567890" }, now)).toEqual({ ok: false, error: "passwordTooCommon" });
    expect(await resetPassword(db, { token, password: "a-fine-password-9" }, now)).toMatchObject({ ok: true });
  });

  it("rejects malformed and unknown tokens", async () => {
    expect(await resetPassword(db, { token: "not a token", password: "whatever-password" }, now)).toEqual({ ok: false, error: "tokenInvalid" });
    expect(await resetPassword(db, { token: "A".repeat(43), password: "whatever-password" }, now)).toEqual({ ok: false, error: "tokenInvalid" });
    expect(await resetPassword(db, { token: { $ne: null }, password: "x" }, now)).toEqual({ ok: false, error: "tokenInvalid" });
  });

  it("answers the same for unknown addresses and sends nothing", async () => {
    const before = readOutbox(outbox).length;
    expect(await requestPasswordReset(db, { email: "stranger@example.org", baseUrl: "https://academy.example" }, now)).toEqual({ ok: true });
    expect(readOutbox(outbox).length).toBe(before);
  });

  it(`sends at most ${RESET_EMAILS_PER_HOUR} reset emails per account per hour`, async () => {
    await db.passwordResetToken.deleteMany();
    const before = readOutbox(outbox).length;
    for (let i = 0; i < RESET_EMAILS_PER_HOUR + 2; i++) {
      await requestPasswordReset(db, { email: "jo@example.org", baseUrl: "https://academy.example" }, new Date(now.getTime() + i * 1000));
    }
    expect(readOutbox(outbox).length - before).toBe(RESET_EMAILS_PER_HOUR);
  });
});
