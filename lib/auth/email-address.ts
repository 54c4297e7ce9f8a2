import { z } from "zod";

export const EMAIL_MAX_LENGTH = 254;

/** Trims and lower-cases an email address so one person has one account. */
export function normaliseEmail(raw: string): string {
  return raw.normalize("NFC").trim().toLowerCase();
}

/** zod schema: a normalised, plausible email address of sensible length. */
export const emailSchema = z
  .string({ error: "emailRequired" })
  .max(EMAIL_MAX_LENGTH * 4, { error: "emailTooLong" })
  .transform(normaliseEmail)
  .pipe(
    z
      .string()
      .min(1, { error: "emailRequired" })
      .max(EMAIL_MAX_LENGTH, { error: "emailTooLong" })
      .pipe(z.email({ error: "emailInvalid" })),
  );
