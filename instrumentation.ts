/**
 * Runs once when the server starts. In the Node.js runtime it starts the reminder schedule
 * (REMINDER_INTERVAL_MINUTES, default 60; 0 turns it off, e.g. when cron runs `npm run jobs:reminders`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startReminderSchedule } = await import("./lib/org/app-schedule");
  startReminderSchedule();
}
