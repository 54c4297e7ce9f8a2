import { db } from "@/lib/db";
import { getCourse, localized } from "@/lib/content";
import { reminderInterval, runReminderJob, scheduleEvery } from "./schedule";

let stop: (() => void) | undefined;

/** The app's own reminder schedule (started once per server process from instrumentation.ts). */
export function startReminderSchedule(): void {
  if (stop) return;
  const minutes = reminderInterval();
  stop = scheduleEvery(minutes, async () => {
    const report = await runReminderJob(db, (slug, locale) => {
      const course = getCourse(slug);
      return course ? localized(course.meta.title, locale) : slug;
    });
    if (report.learnerReminders || report.managerDigests || report.failed) {
      console.log(`[reminders] ${report.learnerReminders} to learners, ${report.managerDigests} overdue digests, ${report.failed} failed`);
    }
  });
  if (minutes > 0) console.log(`[reminders] sending due-date reminders every ${minutes} minutes`);
}
