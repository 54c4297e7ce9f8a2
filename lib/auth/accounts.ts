import { z } from "zod";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/i18n/routing";
import { emailSchema } from "./email-address";
import { hashPassword } from "./password";
import { checkPassword, PASSWORD_MAX_LENGTH, type PasswordProblem } from "./password-rules";

export const NAME_MAX_LENGTH = 120;

export const signUpSchema = z.object({
  name: z
    .string({ error: "nameRequired" })
    .max(NAME_MAX_LENGTH * 4, { error: "nameTooLong" })
    .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, { error: "nameRequired" }).max(NAME_MAX_LENGTH, { error: "nameTooLong" })),
  email: emailSchema,
  password: z.string({ error: "passwordRequired" }).max(PASSWORD_MAX_LENGTH * 4, { error: "passwordTooLong" }),
  /** The language the person signed up in: their emails and certificates use it. */
  locale: z.enum(locales).catch("en"),
});

export type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;
export type SignUpResult = { ok: true; userId: string } | { ok: false; fieldErrors: FieldErrors };

const passwordMessage: Record<PasswordProblem, string> = {
  tooShort: "passwordTooShort",
  tooLong: "passwordTooLong",
  tooCommon: "passwordTooCommon",
  sameAsEmail: "passwordSameAsEmail",
};

/** Validates sign-up input; every bad field gets a message key (messages/<locale>.json, "errors"). */
export function validateSignUp(input: unknown): { ok: true; data: z.infer<typeof signUpSchema> } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = signUpSchema.safeParse(input);
  const fieldErrors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof FieldErrors | undefined;
      if (field && !fieldErrors[field]) fieldErrors[field] = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : `${field}Invalid`;
    }
    if (!parsed.error.issues.some((i) => i.path.length)) return { ok: false, fieldErrors: { name: "nameRequired", email: "emailRequired", password: "passwordRequired" } };
  }
  const raw = (input ?? {}) as { password?: unknown; email?: unknown };
  if (!fieldErrors.password && typeof raw.password === "string") {
    const problems = checkPassword(raw.password, { email: typeof raw.email === "string" ? raw.email : undefined });
    if (problems.length) fieldErrors.password = passwordMessage[problems[0]];
  }
  if (!parsed.success || Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return { ok: true, data: parsed.data };
}

/** Creates a learner account. A taken email address is reported on the email field. */
export async function registerLearner(db: Db, input: unknown): Promise<SignUpResult> {
  const checked = validateSignUp(input);
  const email = emailSchema.safeParse((input as { email?: unknown } | null)?.email);
  const taken = email.success && !!(await db.user.findUnique({ where: { email: email.data }, select: { id: true } }));
  if (!checked.ok || taken) {
    return { ok: false, fieldErrors: { ...(checked.ok ? {} : checked.fieldErrors), ...(taken ? { email: "emailTaken" } : {}) } };
  }
  const { name, password, locale } = checked.data;
  try {
    const user = await db.user.create({ data: { name, email: checked.data.email, locale, passwordHash: await hashPassword(password) } });
    return { ok: true, userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { email: "emailTaken" } };
    }
    throw error;
  }
}
