import fs from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import nodemailer from "nodemailer";

export type OutgoingEmail = { to: string; subject: string; text: string; html?: string };
export type Delivery = { via: "smtp"; messageId: string } | { via: "outbox"; file: string };

/** Where messages go when no SMTP server is configured (a person and the tests can read them). */
export function outboxDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.OUTBOX_DIR?.trim() || path.join(/* turbopackIgnore: true */ process.cwd(), "data", "outbox"));
}

function sender(env: NodeJS.ProcessEnv): string {
  return env.EMAIL_FROM?.trim() || "Safeguard Academy <no-reply@safeguard-academy.invalid>";
}

/**
 * Sends one email: through SMTP when SMTP_URL is set, otherwise as an .eml file in the outbox.
 * Never drops a message: any failure is thrown to the caller. See docs/decisions/004-email-transport.md.
 */
export async function sendEmail(message: OutgoingEmail, env: NodeJS.ProcessEnv = process.env): Promise<Delivery> {
  const mail = { from: sender(env), ...message };
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl) {
    const info = await nodemailer.createTransport(smtpUrl).sendMail(mail);
    return { via: "smtp", messageId: info.messageId };
  }
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }).sendMail(mail);
  const dir = outboxDir(env);
  await fs.mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(dir, `${stamp}-${randomBytes(4).toString("hex")}.eml`);
  await fs.writeFile(file, info.message as Buffer, { flag: "wx" });
  console.info(`[email] no SMTP_URL set: wrote "${message.subject}" for ${message.to} to ${file}`);
  return { via: "outbox", file };
}
