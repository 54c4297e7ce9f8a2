import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/db";
import { hashPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { checkSignInAllowed, recordFailedSignIn, SIGN_IN_THROTTLE } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db";

let db: Db;
let cleanup: () => Promise<void>;
const t0 = new Date("2026-11-28T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  await db.user.create({ data: { email: "amina@example.org", name: "Amina", passwordHash: await hashPassword("right-password-123") } });
});
afterAll(() => cleanup());

describe("sign-in throttling", () => {
  it("refuses the 6th attempt after 5 failures within 15 minutes, even with the right password", async () => {
    for (let i = 0; i < 5; i++) {
      const result = await signInWithPassword(db, { email: "amina@example.org", password: "wrong-" + i }, at(i));
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const sixth = await signInWithPassword(db, { email: "Amina@Example.org ", password: "right-password-123" }, at(5));
    expect(sixth.ok).toBe(false);
    expect(sixth).toMatchObject({ reason: "throttled" });
  });

  it("allows sign-in again once the 15-minute lock has passed, and a success clears the count", async () => {
    const afterLock = at(4 + 15 + 0.1);
    const result = await signInWithPassword(db, { email: "amina@example.org", password: "right-password-123" }, afterLock);
    expect(result.ok).toBe(true);
    expect(await checkSignInAllowed(db, "amina@example.org", afterLock)).toEqual({ allowed: true });
  });

  it("treats unknown addresses exactly like known ones, so a refusal reveals nothing", async () => {
    for (let i = 0; i < 5; i++) await signInWithPassword(db, { email: "nobody@example.org", password: "x-" + i }, at(i));
    expect(await signInWithPassword(db, { email: "nobody@example.org", password: "x" }, at(6))).toMatchObject({ reason: "throttled" });
  });

  it("starts a new window when failures are more than 15 minutes apart", async () => {
    const email = "spread@example.org";
    for (let i = 0; i < 8; i++) {
      const state = await recordFailedSignIn(db, email, at(i * 16));
      expect(state.allowed).toBe(true);
    }
  });

  it("counts failures atomically when they arrive at the same moment", async () => {
    const email = "burst@example.org";
    await Promise.all(Array.from({ length: SIGN_IN_THROTTLE.maxFailures }, () => recordFailedSignIn(db, email, at(1))));
    const row = await db.signInThrottle.findFirstOrThrow({ where: { failures: { gte: 1 }, windowStart: at(1) } });
    expect(row.failures).toBe(SIGN_IN_THROTTLE.maxFailures);
    expect((await checkSignInAllowed(db, email, at(2))).allowed).toBe(false);
  });

  it("rejects malformed input as an ordinary failure (no exception)", async () => {
    expect(await signInWithPassword(db, { email: "x".repeat(10_000), password: "p" }, at(0))).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(db, null, at(0))).toEqual({ ok: false, reason: "invalid" });
  });
});
