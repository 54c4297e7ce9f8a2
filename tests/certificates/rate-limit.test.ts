import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/db";
import type { Db } from "@/lib/db";
import { allowRequest, clientAddress } from "@/lib/http/rate-limit";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(() => ({ db, cleanup } = createTestDb()));
afterAll(() => cleanup());

describe("verification lookups are limited per client", () => {
  it("allows the limit within a window, refuses the next, and allows again in the next window", async () => {
    const t0 = new Date("2026-11-28T10:00:00Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await allowRequest(db, "verify:203.0.113.5", 3, 60_000, t0));
    expect(results).toEqual([true, true, true, false]);
    expect(await allowRequest(db, "verify:198.51.100.7", 3, 60_000, t0)).toBe(true); // another client
    expect(await allowRequest(db, "verify:203.0.113.5", 3, 60_000, new Date(t0.getTime() + 61_000))).toBe(true);
  });
  it("counts concurrent hits exactly", async () => {
    const t0 = new Date("2026-11-28T11:00:00Z");
    const results = await Promise.all(Array.from({ length: 10 }, () => allowRequest(db, "verify:burst", 5, 60_000, t0)));
    expect(results.filter(Boolean)).toHaveLength(5);
  });
  it("keys clients by the first forwarded address", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5, 10.0.0.1" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
