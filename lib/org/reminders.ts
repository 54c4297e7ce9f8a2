import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sendEmail as defaultSend, type OutgoingEmail } from "@/lib/email/transport";
import { translatorFor, type Translate } from "@/lib/i18n/translator";
import { isKnownLocale } from "@/i18n/messages";
import { longDate } from "@/lib/i18n/format";
import { trackingRows, type TrackingRow } from "./tracking";

const DAY = 24 * 60 * 60_000;

/** ISO week, e.g. 2026-W48: managers get at most one overdue digest per assignment per week. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / DAY + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** Which learner reminder is due now, if any: 7 days before the due date, then 1 day before. */
export function learnerReminderKind(dueAt: Date, now: Date): "due-7d" | "due-1d" | null {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return null;
  if (left <= DAY) return "due-1d";
  if (left <= 7 * DAY) return "due-7d";
  return null;
}

/** Records a reminder as sent; false if it already was (so each email goes once). */
async function claim(db: Db, assignmentId: string, userId: string, kind: string): Promise<string | null> {
  try {
    return (await db.reminderSent.create({ data: { assignmentId, userId, kind } })).id;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return null;
    throw e;
  }
}

export type ReminderReport = { learnerReminders: number; managerDigests: number; failed: number };

/**
 * Sends due-date reminders to learners (7 days and 1 day before) and a weekly overdue digest to each
 * organisation's managers. Every email is recorded before it is sent; running the job twice sends
 * nothing new. A failed send releases its record so the next run tries again.
 */
export async function runReminders(
  db: Db,
  input: { now?: Date; baseUrl: string; courseTitle: (slug: string, locale: string) => string; send?: (m: OutgoingEmail) => Promise<unknown> },
): Promise<ReminderReport> {
  const now = input.now ?? new Date();
  const send = input.send ?? defaultSend;
  const report: ReminderReport = { learnerReminders: 0, managerDigests: 0, failed: 0 };
  // Each email in its recipient's language.
  const translators = new Map<string, Translate>();
  const translator = async (locale: string) => {
    const known = isKnownLocale(locale) ? locale : "en";
    if (!translators.has(known)) translators.set(known, await translatorFor(known, "emails.reminder"));
    return { t: translators.get(known)!, locale: known };
  };
  const date = longDate;
  const orgs = await db.organization.findMany({ where: { assignments: { some: { dueAt: { gt: new Date(now.getTime() - 365 * DAY) } } } } });

  const deliver = async (claimId: string, message: OutgoingEmail) => {
    try {
      await send(message);
      return true;
    } catch (error) {
      await db.reminderSent.delete({ where: { id: claimId } });
      console.error("[reminders] could not send to", message.to, error);
      report.failed++;
      return false;
    }
  };

  for (const org of orgs) {
    const overdue = new Map<string, TrackingRow[]>();
    for await (const row of trackingRows(db, org.id, {}, now)) {
      if (row.status === "overdue") overdue.set(row.assignmentId, [...(overdue.get(row.assignmentId) ?? []), row]);
      if (row.status !== "not-started" && row.status !== "in-progress") continue;
      const kind = learnerReminderKind(row.dueAt, now);
      if (!kind) continue;
      const id = await claim(db, row.assignmentId, row.userId, kind);
      if (!id) continue;
      const { t, locale } = await translator(row.locale);
      const course = input.courseTitle(row.courseSlug, locale);
      const due = date(row.dueAt, locale);
      const ok = await deliver(id, {
        to: row.email,
        subject: t("subject", { course, date: due }),
        text: `${t("body", { name: row.name, org: org.name, course, date: due })}\n\n${input.baseUrl}/${locale}/courses/${row.courseSlug}`,
      });
      if (ok) report.learnerReminders++;
    }
    if (!overdue.size) continue;
    const managers = await db.membership.findMany({ where: { orgId: org.id, role: { in: ["MANAGER", "OWNER"] } }, include: { user: true } });
    for (const [assignmentId, rows] of overdue) {
      for (const manager of managers) {
        const id = await claim(db, assignmentId, manager.userId, `overdue-digest:${isoWeek(now)}`);
        if (!id) continue;
        const { t, locale } = await translator(manager.user.locale);
        const course = input.courseTitle(rows[0].courseSlug, locale);
        const ok = await deliver(id, {
          to: manager.user.email,
          subject: t("overdueSubject", { org: org.name, count: rows.length }),
          text: [t("overdueBody", { course, date: date(rows[0].dueAt, locale) }), "", ...rows.map((r) => `- ${r.name} <${r.email}>`), "", `${input.baseUrl}/${locale}/org/${org.slug}`].join("\n"),
        });
        if (ok) report.managerDigests++;
      }
    }
  }
  return report;
}
