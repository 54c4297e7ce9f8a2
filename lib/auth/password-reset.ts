import type { Db } from "@/lib/db";
import { sendEmail } from "@/lib/email/transport";
import { translatorFor } from "@/lib/i18n/translator";
import { emailSchema } from "./email-address";
import { hashPassword } from "./password";
import { checkPassword, type PasswordProblem } from "./password-rules";
import { clearSignInFailures } from "./throttle";
import { hashToken, isWellFormedToken, newLinkToken } from "./tokens";

export const RESET_TOKEN_TTL_MS = 60 * 60_000;
/** At most this many reset emails per account per hour, so the feature cannot be used to flood an inbox. */
export const RESET_EMAILS_PER_HOUR = 3;

/**
 * Emails a single-use reset link valid for one hour, if an account has this address. The caller
 * answers the same way either way, so the form does not reveal which addresses have accounts.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: unknown; baseUrl: string },
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: "emailInvalid" }> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) return { ok: false, error: "emailInvalid" };
  const user = await db.user.findUnique({ where: { email: parsed.data } });
  if (!user) return { ok: true };
  const recent = await db.passwordResetToken.count({
    where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - 60 * 60_000) } },
  });
  if (recent >= RESET_EMAILS_PER_HOUR) return { ok: true };

  const { token, tokenHash } = newLinkToken();
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS), createdAt: now },
  });
  const link = `${input.baseUrl.replace(/\/$/, "")}/${user.locale}/reset-password?token=${token}`;
  const t = await translatorFor(user.locale, "emails.passwordReset");
  await sendEmail({
    to: user.email,
    subject: t("subject"),
    text: [t("greeting", { name: user.name }), "", t("body"), "", link, "", t("ignore")].join("\n"),
  });
  return { ok: true };
}

export type ResetResult =
  | { ok: true; userId: string }
  | { ok: false; error: "tokenInvalid" | "tokenExpired" | "tokenUsed" | `password${Capitalize<PasswordProblem>}` };

/** Sets a new password with a reset token. The token works once; every older session ends. */
export async function resetPassword(db: Db, input: { token: unknown; password: unknown }, now = new Date()): Promise<ResetResult> {
  if (!isWellFormedToken(input.token)) return { ok: false, error: "tokenInvalid" };
  const record = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(input.token) }, include: { user: true } });
  if (!record) return { ok: false, error: "tokenInvalid" };
  if (record.usedAt) return { ok: false, error: "tokenUsed" };
  if (record.expiresAt <= now) return { ok: false, error: "tokenExpired" };

  const password = typeof input.password === "string" ? input.password : "";
  const problems = checkPassword(password, { email: record.user.email });
  if (problems.length) {
    const p = problems[0];
    return { ok: false, error: `password${p[0].toUpperCase()}${p.slice(1)}` as `password${Capitalize<PasswordProblem>}` };
  }
  const passwordHash = await hashPassword(password);

  const claimed = await db.$transaction(async (tx) => {
    // Claiming the token and changing the password happen together; a second use finds it taken.
    const claim = await tx.passwordResetToken.updateMany({ where: { id: record.id, usedAt: null }, data: { usedAt: now } });
    if (claim.count !== 1) return false;
    await tx.user.update({ where: { id: record.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.passwordResetToken.updateMany({ where: { userId: record.userId, usedAt: null }, data: { usedAt: now } });
    return true;
  });
  if (!claimed) return { ok: false, error: "tokenUsed" };
  await clearSignInFailures(db, record.user.email);
  return { ok: true, userId: record.userId };
}
