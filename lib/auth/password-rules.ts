import fs from "node:fs";
import path from "node:path";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = "tooShort" | "tooLong" | "tooCommon" | "sameAsEmail";

let common: Set<string> | undefined;
/** The 1,000 most common passwords (lib/auth/common-passwords.txt), lower-cased. */
export function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "auth", "common-passwords.txt");
    common = new Set(
      fs
        .readFileSync(file, "utf8")
        .split(/\r?\n/)
        .filter((line) => line && !line.startsWith("#"))
        .map((line) => line.toLowerCase()),
    );
  }
  return common;
}

/** Rules a person can understand: long enough, not a well-known password, not their email. */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push("tooShort");
  if (length > PASSWORD_MAX_LENGTH) problems.push("tooLong");
  if (commonPasswords().has(password.toLowerCase())) problems.push("tooCommon");
  if (context.email && password.trim().toLowerCase() === context.email.trim().toLowerCase()) problems.push("sameAsEmail");
  return problems;
}
