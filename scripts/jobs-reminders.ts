// `npm run jobs:reminders`: due-date reminders to learners (7 days and 1 day before) and a weekly
// overdue digest to managers. Safe to run as often as you like (e.g. hourly from cron): each email
// is recorded and sent once.
import { createDb } from "../lib/db";
import { loadContent } from "../lib/content/load";
import { runReminders } from "../lib/org/reminders";

async function main() {
  const db = createDb();
  try {
    const { courses } = loadContent();
    const title = (slug: string) => courses.find((c) => c.slug === slug)?.meta.title.en ?? slug;
    const baseUrl = (process.env.PUBLIC_URL?.trim() || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, "");
    const report = await runReminders(db, { baseUrl, courseTitle: title });
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
