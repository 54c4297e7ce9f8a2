import { z } from "zod";
import type { Db } from "@/lib/db";
import { emailSchema } from "./email-address";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { PASSWORD_MAX_LENGTH } from "./password-rules";
import { checkSignInAllowed, clearSignInFailures, recordFailedSignIn } from "./throttle";

const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH * 4),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; isPlatformAdmin: boolean; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled"; retryAt?: Date };

/**
 * Checks an email and password. Failures are generic ("invalid"), counted per email address, and
 * refused for a while after too many; none of this depends on whether the account exists.
 */
export async function signInWithPassword(db: Db, input: unknown, now = new Date()): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const state = await checkSignInAllowed(db, email, now);
  if (!state.allowed) return { ok: false, reason: "throttled", retryAt: state.retryAt };

  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !valid) {
    await recordFailedSignIn(db, email, now);
    return { ok: false, reason: "invalid" };
  }
  await clearSignInFailures(db, email);
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      isPlatformAdmin: user.isPlatformAdmin,
      sessionVersion: user.sessionVersion,
    },
  };
}
