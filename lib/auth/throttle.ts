import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";

/**
 * Sign-in throttling, stored in the database so it holds across app instances.
 * After MAX_FAILURES failed attempts for one email address within WINDOW_MS, further attempts are
 * refused for LOCK_MS. Unknown addresses are counted the same way, so a refusal reveals nothing
 * about whether an account exists. See docs/decisions/005-sign-in-throttling.md.
 */
export const SIGN_IN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

function key(email: string): string {
  return createHash("sha256").update("sign-in:" + email).digest("hex");
}

export type ThrottleState = { allowed: true } | { allowed: false; retryAt: Date };

export async function checkSignInAllowed(db: Db, email: string, now = new Date()): Promise<ThrottleState> {
  const row = await db.signInThrottle.findUnique({ where: { emailHash: key(email) } });
  if (row?.lockedUntil && row.lockedUntil > now) return { allowed: false, retryAt: row.lockedUntil };
  return { allowed: true };
}

/** Counts one failed attempt; returns the state for the next attempt. */
export async function recordFailedSignIn(db: Db, email: string, now = new Date()): Promise<ThrottleState> {
  const emailHash = key(email);
  const windowOpenedAfter = new Date(now.getTime() - SIGN_IN_THROTTLE.windowMs);
  return db.$transaction(async (tx) => {
    // A window that has run out starts again from this failure.
    await tx.signInThrottle.updateMany({
      where: { emailHash, windowStart: { lt: windowOpenedAfter } },
      data: { failures: 0, windowStart: now, lockedUntil: null },
    });
    const row = await tx.signInThrottle.upsert({
      where: { emailHash },
      create: { emailHash, failures: 1, windowStart: now },
      update: { failures: { increment: 1 } },
    });
    if (row.failures >= SIGN_IN_THROTTLE.maxFailures) {
      const lockedUntil = row.lockedUntil ?? new Date(now.getTime() + SIGN_IN_THROTTLE.lockMs);
      if (!row.lockedUntil) await tx.signInThrottle.update({ where: { emailHash }, data: { lockedUntil } });
      return { allowed: false, retryAt: lockedUntil } as const;
    }
    return { allowed: true } as const;
  });
}

export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { emailHash: key(email) } });
}
