import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assignmentStatus, type AssignmentStatus } from "./status";

/** One learner on one assignment, as managers see it. */
export type TrackingRow = {
  assignmentId: string;
  courseSlug: string;
  dueAt: Date;
  userId: string;
  name: string;
  email: string;
  /** The learner's interface language (for emails sent about this row). */
  locale: string;
  group: string | null;
  status: AssignmentStatus;
  startedAt: Date | null;
  completedAt: Date | null;
  bestPercent: number | null;
  passed: boolean;
};

export type TrackingFilter = { group?: string | null; status?: AssignmentStatus | null; course?: string | null };

// Learners per batch. Ids never go into IN lists (the chunk is a range of membership ids), so this
// is bounded by memory, not by SQLite's parameter limit.
const CHUNK = 2000;

type MemberRow = { id: string; userId: string; groupId: string | null; name: string; email: string; locale: string; groupName: string | null };
type ProgressRow = { userId: string; courseSlug: string; startedAt: unknown; completedAt: unknown };
type BestRow = { userId: string; courseSlug: string; best: unknown; passed: unknown };
type CertRow = { userId: string; courseSlug: string; expiresAt: unknown };

// Raw rows come back as the driver gives them: dates as Date, number or ISO text; booleans as 0/1.
const asDate = (v: unknown): Date | null => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : (v as string | number)));
const asNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Every (assignment, learner) row of an organisation, computed a couple of thousand members at a time
 * with four flat SQL queries per batch, so an export of any size never holds everything in memory and
 * a dashboard of 10,000 learners stays fast (see `npm run bench:dashboard`).
 */
export async function* trackingRows(db: Db, orgId: string, filter: TrackingFilter = {}, now = new Date()): AsyncGenerator<TrackingRow> {
  const assignments = await db.assignment.findMany({
    where: { orgId, ...(filter.course ? { courseSlug: filter.course } : {}) },
    include: { members: { select: { userId: true } } },
    orderBy: { dueAt: "asc" },
  });
  if (!assignments.length) return;
  const courses = Prisma.join([...new Set(assignments.map((a) => a.courseSlug))]);
  const groupFilter = filter.group ? Prisma.sql`AND g."name" = ${filter.group}` : Prisma.empty;
  let after = "";
  for (;;) {
    const members = await db.$queryRaw<MemberRow[]>`
      SELECT m."id", m."userId", m."groupId", u."name", u."email", u."locale", g."name" AS "groupName"
      FROM "Membership" m JOIN "User" u ON u."id" = m."userId" LEFT JOIN "Group" g ON g."id" = m."groupId"
      WHERE m."orgId" = ${orgId} AND m."role" = 'LEARNER' AND m."id" > ${after} ${groupFilter}
      ORDER BY m."id" LIMIT ${CHUNK}`;
    if (!members.length) return;
    const last = members[members.length - 1].id;
    // The learners of this batch, as a sub-select over the same id range.
    const batch = Prisma.sql`SELECT "userId" FROM "Membership" WHERE "orgId" = ${orgId} AND "role" = 'LEARNER' AND "id" > ${after} AND "id" <= ${last}`;
    after = last;
    const [enrollments, attempts, certificates] = await Promise.all([
      db.$queryRaw<ProgressRow[]>`SELECT "userId", "courseSlug", "startedAt", "completedAt" FROM "Enrollment"
        WHERE "courseSlug" IN (${courses}) AND "userId" IN (${batch})`,
      db.$queryRaw<BestRow[]>`SELECT "userId", "courseSlug", MAX("percent") AS "best", MAX(CASE WHEN "passed" THEN 1 ELSE 0 END) AS "passed" FROM "QuizAttempt"
        WHERE "courseSlug" IN (${courses}) AND "submittedAt" IS NOT NULL AND "userId" IN (${batch}) GROUP BY "userId", "courseSlug"`,
      db.$queryRaw<CertRow[]>`SELECT "userId", "courseSlug", "expiresAt" FROM "Certificate"
        WHERE "courseSlug" IN (${courses}) AND "revokedAt" IS NULL AND "userId" IN (${batch}) ORDER BY "issuedAt" ASC`,
    ]);
    const key = (u: string, c: string) => `${u}\u0000${c}`;
    const enrollment = new Map(enrollments.map((e) => [key(e.userId, e.courseSlug), { startedAt: asDate(e.startedAt), completedAt: asDate(e.completedAt) }]));
    const latestCert = new Map(certificates.map((c) => [key(c.userId, c.courseSlug), asDate(c.expiresAt)])); // ascending: last wins
    const best = new Map(attempts.map((a) => [key(a.userId, a.courseSlug), { percent: asNumber(a.best), passed: Number(a.passed) === 1 || a.passed === true }]));
    for (const assignment of assignments) {
      const chosen = assignment.members.length ? new Set(assignment.members.map((m) => m.userId)) : null;
      for (const m of members) {
        if (chosen ? !chosen.has(m.userId) : assignment.groupId !== null && m.groupId !== assignment.groupId) continue;
        const k = key(m.userId, assignment.courseSlug);
        const e = enrollment.get(k);
        const status = assignmentStatus({
          dueAt: assignment.dueAt,
          startedAt: e?.startedAt ?? null,
          completedAt: e?.completedAt ?? null,
          certificateExpiresAt: latestCert.get(k) ?? null,
          now,
        });
        if (filter.status && filter.status !== status) continue;
        const b = best.get(k);
        yield {
          assignmentId: assignment.id,
          courseSlug: assignment.courseSlug,
          dueAt: assignment.dueAt,
          userId: m.userId,
          name: m.name,
          email: m.email,
          locale: m.locale,
          group: m.groupName,
          status,
          startedAt: e?.startedAt ?? null,
          completedAt: e?.completedAt ?? null,
          bestPercent: b?.percent ?? null,
          passed: b?.passed ?? false,
        };
      }
    }
  }
}

export type AssignmentSummary = {
  assignmentId: string;
  counts: Record<AssignmentStatus, number>;
  learners: number;
  /** Percent of learners who submitted an attempt and passed (null when nobody has). */
  passRate: number | null;
  averageScore: number | null;
  completionsByDay: Record<string, number>;
};

/** Per assignment: counts by status, pass rate, average best score, completions per day. */
export function summarise(rows: Iterable<TrackingRow>): AssignmentSummary[] {
  const summaries = new Map<string, AssignmentSummary & { scored: number; scoreSum: number; passed: number }>();
  for (const row of rows) {
    let s = summaries.get(row.assignmentId);
    if (!s) {
      s = { assignmentId: row.assignmentId, counts: { "not-started": 0, "in-progress": 0, completed: 0, overdue: 0, expired: 0 }, learners: 0, passRate: null, averageScore: null, completionsByDay: {}, scored: 0, scoreSum: 0, passed: 0 };
      summaries.set(row.assignmentId, s);
    }
    s.learners++;
    s.counts[row.status]++;
    if (row.bestPercent !== null) {
      s.scored++;
      s.scoreSum += row.bestPercent;
      if (row.passed) s.passed++;
    }
    if (row.completedAt) {
      const day = row.completedAt.toISOString().slice(0, 10);
      s.completionsByDay[day] = (s.completionsByDay[day] ?? 0) + 1;
    }
  }
  return [...summaries.values()].map(({ scored, scoreSum, passed, ...s }) => ({
    ...s,
    passRate: scored ? Math.round((passed / scored) * 100) : null,
    averageScore: scored ? Math.round(scoreSum / scored) : null,
  }));
}

export async function collectRows(db: Db, orgId: string, filter: TrackingFilter = {}, now = new Date()): Promise<TrackingRow[]> {
  const rows: TrackingRow[] = [];
  for await (const row of trackingRows(db, orgId, filter, now)) rows.push(row);
  return rows;
}

export async function assignmentSummaries(db: Db, orgId: string, now = new Date()): Promise<AssignmentSummary[]> {
  return summarise(await collectRows(db, orgId, {}, now));
}

export type SortKey = "name" | "status" | "dueAt" | "score" | "group";

/** Sorts and pages rows for the learner table. */
export function pageOfRows(rows: TrackingRow[], sort: SortKey, dir: "asc" | "desc", page: number, pageSize: number) {
  const value = (r: TrackingRow): string | number => {
    switch (sort) {
      case "status":
        return r.status;
      case "dueAt":
        return r.dueAt.getTime();
      case "score":
        return r.bestPercent ?? -1;
      case "group":
        return r.group ?? "";
      default:
        return r.name.toLowerCase();
    }
  };
  const sorted = [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name)) * (dir === "asc" ? 1 : -1);
  });
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: sorted.slice((current - 1) * pageSize, current * pageSize), page: current, pages, total: sorted.length };
}
