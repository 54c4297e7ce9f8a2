import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/db";
import { registerLearner } from "@/lib/auth/accounts";
import { normaliseEmail } from "@/lib/auth/email-address";
import type { Db } from "@/lib/db";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(() => ({ db, cleanup } = createTestDb()));
afterAll(() => cleanup());

describe("sign-up", () => {
  it("normalises email addresses (trim, lower case)", () => {
    expect(normaliseEmail("  Ana.Silva@Example.ORG ")).toBe("ana.silva@example.org");
  });

  it("creates a learner with a hashed password", async () => {
    const result = await registerLearner(db, { name: "  Ana   Silva ", email: " Ana@Example.org", password: "a sensible passphrase" });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(user.name).toBe("Ana Silva");
    expect(user.isPlatformAdmin).toBe(false);
    expect(user.passwordHash).not.toContain("sensible");
  });

  it("refuses a second account for the same address in any letter case", async () => {
    expect(await registerLearner(db, { name: "Other", email: "ANA@example.org", password: "another passphrase" })).toEqual({
      ok: false,
      fieldErrors: { email: "emailTaken" },
    });
  });

  it("makes one account when two sign-ups race for one address", async () => {
    const results = await Promise.all([
      registerLearner(db, { name: "Twin A", email: "twin@example.org", password: "twin passphrase a" }),
      registerLearner(db, { name: "Twin B", email: "twin@example.org", password: "twin passphrase b" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { email: "twin@example.org" } })).toBe(1);
  });

  it("explains each bad field with a message key", async () => {
    expect(await registerLearner(db, { name: "", email: "", password: "" })).toEqual({
      ok: false,
      fieldErrors: { name: "nameRequired", email: "emailRequired", password: "passwordTooShort" },
    });
    const long = await registerLearner(db, { name: "N", email: "a".repeat(10_000) + "@example.org", password: "fine passphrase" });
    expect(long).toEqual({ ok: false, fieldErrors: { email: "emailTooLong" } });
    expect(await registerLearner(db, { name: "N", email: "not-an-email", password: "fine passphrase" })).toEqual({ ok: false, fieldErrors: { email: "emailInvalid" } });
    expect(await registerLearner(db, { name: "N", email: "n@example.org", password: "Password123" })).toEqual({ ok: false, fieldErrors: { password: "passwordTooCommon" } });
    expect(await registerLearner(db, "garbage")).toMatchObject({ ok: false });
  });
});
