import { z } from "zod";
import type { Db } from "@/lib/db";
import { audit } from "./access";

import { normaliseEmail } from "@/lib/auth/email-address";

export const MAX_CHOSEN_PEOPLE = 500;

export const assignmentInput = z.object({
  course: z.string().max(100),
  /** Who it is for: everyone, one group, or people chosen by email. */
  target: z.enum(["org", "group", "people"]).default("org"),
  group: z.string().max(40).optional(),
  /** Email addresses of chosen members, separated by new lines, commas or spaces. */
  people: z.string().max(40_000).optional(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type AssignmentInput = z.infer<typeof assignmentInput>;

/**
 * Who an assignment form means: everyone, one group (which must be named: "one group" with no group
 * is refused, never widened to everyone), or the people listed. A group sent without a target means
 * that group. Null when the form is not valid.
 */
export function assignees(input: Record<string, unknown>): { input: AssignmentInput; groupId: string | null; people?: string[] } | null {
  const parsed = assignmentInput.safeParse({ ...input, target: input.target ?? (input.group ? "group" : "org") });
  if (!parsed.success) return null;
  const { target, group, people } = parsed.data;
  if (target === "group") return group ? { input: parsed.data, groupId: group } : null;
  if (target === "people") return { input: parsed.data, groupId: null, people: parsePeopleList(people ?? "") };
  return { input: parsed.data, groupId: null };
}

/** The distinct, normalised email addresses in a pasted list. */
export function parsePeopleList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((e) => e.trim()).filter(Boolean).map(normaliseEmail))];
}

export type AssignmentResult = { ok: true; id: string } | { ok: false; error: "invalid" | "noPeople" | "tooManyPeople"; unknown?: string[] };

/**
 * Assigns a course with a due date (end of that day, UTC) to the whole organisation, one of its groups,
 * or chosen learners named by email. Groups and people must belong to the organisation: ids and
 * addresses from the browser never reach across organisations. Nothing is created if any address is
 * not a learner here; the result lists the addresses that are not.
 */
export async function createAssignment(
  db: Db,
  input: { orgId: string; actorId: string; courseSlug: string; groupId: string | null; people?: string[]; due: string; now?: Date },
): Promise<AssignmentResult> {
  const dueAt = new Date(`${input.due}T23:59:59Z`);
  if (Number.isNaN(dueAt.getTime()) || dueAt <= (input.now ?? new Date())) return { ok: false, error: "invalid" };
  let userIds: string[] = [];
  if (input.people) {
    if (!input.people.length) return { ok: false, error: "noPeople" };
    if (input.people.length > MAX_CHOSEN_PEOPLE) return { ok: false, error: "tooManyPeople" };
    const found = await db.membership.findMany({
      where: { orgId: input.orgId, role: "LEARNER", user: { email: { in: input.people } } },
      select: { userId: true, user: { select: { email: true } } },
    });
    const known = new Set(found.map((m) => m.user.email));
    const unknown = input.people.filter((e) => !known.has(e));
    if (unknown.length) return { ok: false, error: "invalid", unknown };
    userIds = found.map((m) => m.userId);
  } else if (input.groupId && !(await db.group.findFirst({ where: { id: input.groupId, orgId: input.orgId }, select: { id: true } }))) {
    return { ok: false, error: "invalid" };
  }
  const groupId = input.people ? null : input.groupId;
  const assignment = await db.assignment.create({
    data: { orgId: input.orgId, courseSlug: input.courseSlug, groupId, dueAt, createdById: input.actorId, members: userIds.length ? { create: userIds.map((userId) => ({ userId })) } : undefined },
  });
  await audit(db, {
    orgId: input.orgId,
    actorId: input.actorId,
    action: "assignment.created",
    targetType: "assignment",
    targetId: assignment.id,
    details: { course: input.courseSlug, groupId, people: userIds.length || undefined, due: input.due },
  });
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
