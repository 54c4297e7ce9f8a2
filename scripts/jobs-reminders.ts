// `npm run jobs:reminders`: due-date reminders to learners (7 days and 1 day before) and a weekly
// overdue digest to managers. Safe to run as often as you like (e.g. hourly from cron): each email
// is recorded and sent once. The app also runs this itself every REMINDER_INTERVAL_MINUTES.
import { createDb } from "../lib/db";
import { loadContent } from "../lib/content/load";
import { localized } from "../lib/content/localized";
import { runReminderJob } from "../lib/org/schedule";

async function main() {
  const db = createDb();
  try {
    const { courses } = loadContent();
    const title = (slug: string, locale: string) => {
      const course = courses.find((c) => c.slug === slug);
      return course ? localized(course.meta.title, locale) : slug;
    };
    const report = await runReminderJob(db, title);
    console.log(`Reminders: ${report.learnerReminders} to learners, ${report.managerDigests} overdue digests to managers, ${report.failed} failed.`);
    if (report.failed) process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("The reminder job failed:", error);
  process.exit(1);
});
