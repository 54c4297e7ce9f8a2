import type { Db } from "@/lib/db";

export const ORG_ROLES = ["LEARNER", "MANAGER", "OWNER"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
const rank: Record<OrgRole, number> = { LEARNER: 0, MANAGER: 1, OWNER: 2 };

export function hasRole(role: string, atLeast: OrgRole): boolean {
  return (rank[role as OrgRole] ?? -1) >= rank[atLeast];
}

/**
 * Who is asking, in which organisation: the organisation and membership when the user holds at least
 * `atLeast` there, else null. Callers answer null with 404, so outsiders cannot tell an organisation
 * exists.
 */
export async function orgAccess(db: Db, userId: string, orgSlug: string, atLeast: OrgRole) {
  const membership = await db.membership.findFirst({ where: { userId, org: { slug: orgSlug } }, include: { org: true } });
  if (!membership || !hasRole(membership.role, atLeast)) return null;
  return { org: membership.org, membership };
}

/** Records a manager's or owner's action (who, what, when, on what). */
export async function audit(
  db: Db,
  input: { orgId: string; actorId: string; action: string; targetType: string; targetId?: string | null; details?: Record<string, unknown> },
) {
  await db.auditEvent.create({
    data: {
      orgId: input.orgId,
      actorId: input.actorId,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId ?? null,
      details: input.details ? JSON.stringify(input.details) : null,
    },
  });
}

/**
 * Owners make members managers or learners. The member must belong to this organisation, and
 * owners' own roles are not changed here (an organisation always keeps its owner).
 */
export async function changeMemberRole(db: Db, input: { orgId: string; actorId: string; userId: string; role: "LEARNER" | "MANAGER" }): Promise<boolean> {
  const member = await db.membership.findFirst({ where: { orgId: input.orgId, userId: input.userId } });
  if (!member || member.role === "OWNER") return false;
  await db.membership.update({ where: { id: member.id }, data: { role: input.role } });
  await audit(db, { orgId: input.orgId, actorId: input.actorId, action: "member.role-changed", targetType: "user", targetId: input.userId, details: { from: member.role, to: input.role } });
  return true;
}
