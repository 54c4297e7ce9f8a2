import path from "node:path";
import { readOutbox } from "../../tests/helpers/outbox";

/** Emails the e2e server wrote (scripts/e2e-server.mjs sends them to .e2e/outbox). */
export function e2eOutbox() {
  return readOutbox(path.join(process.cwd(), ".e2e", "outbox"));
}

/** Waits for an email to `to` whose subject contains `subject`, and returns the newest. */
export async function waitForEmail(to: string, subject: string, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = e2eOutbox().filter((m) => m.to === to && m.subject.includes(subject));
    if (found.length) return found[found.length - 1];
    if (Date.now() > until) throw new Error(`No email "${subject}" to ${to} in .e2e/outbox`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
