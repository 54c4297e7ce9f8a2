import type { Db } from "@/lib/db";
import { assignmentStatus, type AssignmentStatus } from "./status";

/** One learner on one assignment, as managers see it. */
export type TrackingRow = {
  assignmentId: string;
  courseSlug: string;
  dueAt: Date;
  userId: string;
  name: string;
  email: string;
  group: string | null;
  status: AssignmentStatus;
  startedAt: Date | null;
  completedAt: Date | null;
  bestPercent: number | null;
  passed: boolean;
};

export type TrackingFilter = { group?: string | null; status?: AssignmentStatus | null; course?: string | null };

// Below SQLite's 999 bound parameters per query (the ids of one chunk go into IN lists).
const CHUNK = 400;

/**
 * Every (assignment, learner) row of an organisation, computed a few hundred members at a time with a
 * fixed number of queries per chunk, so an export of any size never holds everything in memory.
 */
export async function* trackingRows(db: Db, orgId: string, filter: TrackingFilter = {}, now = new Date()): AsyncGenerator<TrackingRow> {
  const assignments = await db.assignment.findMany({
    where: { orgId, ...(filter.course ? { courseSlug: filter.course } : {}) },
    include: { members: { select: { userId: true } } },
    orderBy: { dueAt: "asc" },
  });
  if (!assignments.length) return;
  const courses = [...new Set(assignments.map((a) => a.courseSlug))];
  let cursor: string | undefined;
  for (;;) {
    const members = await db.membership.findMany({
      where: { orgId, role: "LEARNER", ...(filter.group ? { group: { name: filter.group } } : {}) },
      include: { user: { select: { id: true, name: true, email: true } }, group: { select: { name: true } } },
      orderBy: { id: "asc" },
      take: CHUNK,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (!members.length) return;
    cursor = members[members.length - 1].id;
    const userIds = members.map((m) => m.userId);
    const [enrollments, attempts, certificates] = await Promise.all([
      db.enrollment.findMany({ where: { userId: { in: userIds }, courseSlug: { in: courses } }, select: { userId: true, courseSlug: true, startedAt: true, completedAt: true } }),
      db.quizAttempt.findMany({
        where: { userId: { in: userIds }, courseSlug: { in: courses }, submittedAt: { not: null } },
        select: { userId: true, courseSlug: true, passed: true, percent: true },
      }),
      db.certificate.findMany({
        where: { userId: { in: userIds }, courseSlug: { in: courses }, revokedAt: null },
        select: { userId: true, courseSlug: true, expiresAt: true, issuedAt: true },
        orderBy: { issuedAt: "asc" },
      }),
    ]);
    const key = (u: string, c: string) => `${u}\u0000${c}`;
    const enrollment = new Map(enrollments.map((e) => [key(e.userId, e.courseSlug), e]));
    const latestCert = new Map(certificates.map((c) => [key(c.userId, c.courseSlug), c])); // ascending: last wins
    const best = new Map<string, { percent: number | null; passed: boolean }>();
    for (const a of attempts) {
      const k = key(a.userId, a.courseSlug);
      const prev = best.get(k) ?? { percent: null, passed: false };
      best.set(k, { percent: Math.max(prev.percent ?? -1, a.percent ?? -1), passed: prev.passed || !!a.passed });
    }
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
          certificateExpiresAt: latestCert.get(k)?.expiresAt ?? null,
          now,
        });
        if (filter.status && filter.status !== status) continue;
        const b = best.get(k);
        yield {
          assignmentId: assignment.id,
          courseSlug: assignment.courseSlug,
          dueAt: assignment.dueAt,
          userId: m.userId,
          name: m.user.name,
          email: m.user.email,
          group: m.group?.name ?? null,
          status,
          startedAt: e?.startedAt ?? null,
          completedAt: e?.completedAt ?? null,
          bestPercent: b && b.percent !== null && b.percent >= 0 ? b.percent : null,
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
