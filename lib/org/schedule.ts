import type { Db } from "@/lib/db";
import { runReminders, type ReminderReport } from "./reminders";

/** The address links in scheduled emails use: PUBLIC_URL, else this machine on PORT. */
export function publicBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, "");
}

/** One run of the reminder job: what `npm run jobs:reminders` and the app's schedule both do. */
export function runReminderJob(db: Db, courseTitle: (slug: string, locale: string) => string): Promise<ReminderReport> {
  return runReminders(db, { baseUrl: publicBaseUrl(), courseTitle });
}

/** The longest interval a Node.js timer can wait (2^31 - 1 ms), in whole minutes. */
export const MAX_INTERVAL_MINUTES = 35_791;

/** Minutes between scheduled runs: REMINDER_INTERVAL_MINUTES (default 60; 0 turns the schedule off). */
export function reminderInterval(env: Record<string, string | undefined> = process.env): number {
  const raw = env.REMINDER_INTERVAL_MINUTES?.trim();
  if (!raw) return 60;
  const minutes = Number(raw);
  if (!/^\d+$/.test(raw) || minutes > MAX_INTERVAL_MINUTES) {
    throw new Error(`REMINDER_INTERVAL_MINUTES must be a whole number of minutes from 1 to ${MAX_INTERVAL_MINUTES} (0 turns it off), not "${raw}"`);
  }
  return minutes;
}

/**
 * Runs `job` every `minutes` (first run after one interval), never two at once. Safe with several app
 * instances: every email is claimed in the database before it is sent. Returns a function that stops it.
 */
export function scheduleEvery(minutes: number, job: () => Promise<unknown>, log: (message: string, error?: unknown) => void = console.error): () => void {
  if (minutes <= 0) return () => {};
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await job();
    } catch (error) {
      log("[reminders] the scheduled run failed; the next run will try again", error);
    } finally {
      running = false;
    }
  }, minutes * 60_000);
  timer.unref?.();
  return () => clearInterval(timer);
}
