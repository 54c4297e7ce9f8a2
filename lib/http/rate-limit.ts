import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";

/**
 * A fixed-window counter in the database (shared by every app instance). Returns false once `limit`
 * hits have been counted for `key` in the current window.
 */
export async function allowRequest(db: Db, key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const id = createHash("sha256").update(key).digest("hex");
  return db.$transaction(async (tx) => {
    await tx.rateLimit.updateMany({ where: { key: id, windowStart: { lt: new Date(now.getTime() - windowMs) } }, data: { windowStart: now, count: 0 } });
    const row = await tx.rateLimit.upsert({ where: { key: id }, create: { key: id, windowStart: now, count: 1 }, update: { count: { increment: 1 } } });
    return row.count <= limit;
  });
}

/** The client's address as the nearest proxy reports it (used only as a rate-limit key). */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
