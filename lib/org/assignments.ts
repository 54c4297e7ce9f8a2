import { z } from "zod";
import type { Db } from "@/lib/db";
import { audit } from "./access";

export const assignmentInput = z.object({
  course: z.string().max(100),
  group: z.string().max(40).optional(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/**
 * Assigns a course to a group (or the whole organisation) with a due date (end of that day, UTC).
 * The group must belong to the organisation: ids from the browser never cross organisations.
 */
export async function createAssignment(
  db: Db,
  input: { orgId: string; actorId: string; courseSlug: string; groupId: string | null; due: string; now?: Date },
): Promise<{ ok: true; id: string } | { ok: false }> {
  const dueAt = new Date(`${input.due}T23:59:59Z`);
  if (Number.isNaN(dueAt.getTime()) || dueAt <= (input.now ?? new Date())) return { ok: false };
  if (input.groupId && !(await db.group.findFirst({ where: { id: input.groupId, orgId: input.orgId }, select: { id: true } }))) return { ok: false };
  const assignment = await db.assignment.create({ data: { orgId: input.orgId, courseSlug: input.courseSlug, groupId: input.groupId, dueAt, createdById: input.actorId } });
  await audit(db, { orgId: input.orgId, actorId: input.actorId, action: "assignment.created", targetType: "assignment", targetId: assignment.id, details: { course: input.courseSlug, groupId: input.groupId, due: input.due } });
  return { ok: true, id: assignment.id };
}

/** A learner's assignments across their organisations, soonest due first (for "My learning"). */
export async function assignmentsFor(db: Db, userId: string) {
  const memberships = await db.membership.findMany({ where: { userId }, select: { orgId: true, groupId: true, org: { select: { name: true } } } });
  if (!memberships.length) return [];
  const assignments = await db.assignment.findMany({
    where: {
      OR: memberships.map((m) => ({ orgId: m.orgId, OR: [{ groupId: null, members: { none: {} } }, ...(m.groupId ? [{ groupId: m.groupId }] : []), { members: { some: { userId } } }] })),
    },
    orderBy: { dueAt: "asc" },
  });
  const orgName = new Map(memberships.map((m) => [m.orgId, m.org.name]));
  return assignments.map((a) => ({ id: a.id, courseSlug: a.courseSlug, dueAt: a.dueAt, orgName: orgName.get(a.orgId) ?? "" }));
}
