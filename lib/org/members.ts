import type { Db } from "@/lib/db";
import { sendEmail } from "@/lib/email/transport";
import { translatorFor } from "@/lib/i18n/translator";
import { isKnownLocale } from "@/i18n/messages";
import { hashToken, isWellFormedToken, newLinkToken } from "@/lib/auth/tokens";
import { audit } from "./access";
import type { ImportRow } from "./csv";

export const INVITATION_TTL_MS = 14 * 24 * 60 * 60_000;

async function groupIdFor(db: Db, orgId: string, name: string | null, cache: Map<string, string>): Promise<string | null> {
  if (!name) return null;
  const known = cache.get(name);
  if (known) return known;
  const group = await db.group.upsert({ where: { orgId_name: { orgId, name } }, create: { orgId, name }, update: {} });
  cache.set(name, group.id);
  return group.id;
}

/** Emails an invitation link (single use, 14 days). Returns the invitation id. */
export async function invite(
  db: Db,
  input: { org: { id: string; name: string }; email: string; name: string; groupId: string | null; invitedById: string; baseUrl: string; locale?: string; now?: Date },
): Promise<string> {
  const now = input.now ?? new Date();
  const { token, tokenHash } = newLinkToken();
  const invitation = await db.invitation.create({
    data: { orgId: input.org.id, email: input.email, name: input.name, groupId: input.groupId, tokenHash, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), invitedById: input.invitedById, createdAt: now },
  });
  // In the language of the manager who invited them (the newcomer has no saved language yet).
  const locale = isKnownLocale(input.locale) ? input.locale : "en";
  const t = await translatorFor(locale, "emails.invitation");
  await sendEmail({
    to: input.email,
    subject: t("subject", { org: input.org.name }),
    text: [t("greeting", { name: input.name }), "", t("body", { org: input.org.name }), "", `${input.baseUrl.replace(/\/$/, "")}/${locale}/invitations/${token}`, "", t("expiry")].join("\n"),
  });
  return invitation.id;
}

export type ImportResult = { added: number; invited: number; alreadyMembers: number; alreadyInvited: number };

/**
 * Imports validated rows. Idempotent: existing members are not duplicated (their group is updated),
 * pending invitations are not re-sent, people with an account are added directly, others invited.
 */
export async function importMembers(
  db: Db,
  input: { org: { id: string; name: string }; rows: ImportRow[]; actorId: string; baseUrl: string; locale?: string; now?: Date },
): Promise<ImportResult> {
  const now = input.now ?? new Date();
  const result: ImportResult = { added: 0, invited: 0, alreadyMembers: 0, alreadyInvited: 0 };
  const groups = new Map<string, string>();
  const emails = input.rows.map((r) => r.email);
  const [users, pending] = await Promise.all([
    db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, memberships: { where: { orgId: input.org.id } } } }),
    db.invitation.findMany({ where: { orgId: input.org.id, email: { in: emails }, acceptedAt: null, expiresAt: { gt: now } }, select: { email: true } }),
  ]);
  const userByEmail = new Map(users.map((u) => [u.email, u]));
  const pendingEmails = new Set(pending.map((p) => p.email));
  for (const row of input.rows) {
    const groupId = await groupIdFor(db, input.org.id, row.group, groups);
    const user = userByEmail.get(row.email);
    if (user?.memberships.length) {
      if (groupId && user.memberships[0].groupId !== groupId) await db.membership.update({ where: { id: user.memberships[0].id }, data: { groupId } });
      result.alreadyMembers++;
    } else if (user) {
      await db.membership.create({ data: { orgId: input.org.id, userId: user.id, groupId } });
      result.added++;
    } else if (pendingEmails.has(row.email)) {
      result.alreadyInvited++;
    } else {
      await invite(db, { org: input.org, email: row.email, name: row.name, groupId, invitedById: input.actorId, baseUrl: input.baseUrl, locale: input.locale, now });
      result.invited++;
    }
  }
  await audit(db, { orgId: input.org.id, actorId: input.actorId, action: "members.imported", targetType: "organization", targetId: input.org.id, details: { rows: input.rows.length, ...result } });
  return result;
}

export type AcceptResult = { ok: true; orgSlug: string } | { ok: false; error: "invalid" | "expired" | "used" | "otherAccount" };

/** Accepts an invitation for the signed-in user whose email it was sent to. Single use. */
export async function acceptInvitation(db: Db, input: { token: unknown; user: { id: string; email: string }; now?: Date }): Promise<AcceptResult> {
  if (!isWellFormedToken(input.token)) return { ok: false, error: "invalid" };
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(input.token) }, include: { org: true } });
  if (!invitation) return { ok: false, error: "invalid" };
  if (invitation.acceptedAt) return { ok: false, error: "used" };
  if (invitation.expiresAt <= (input.now ?? new Date())) return { ok: false, error: "expired" };
  if (invitation.email !== input.user.email) return { ok: false, error: "otherAccount" };
  const claimed = await db.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: input.now ?? new Date() } });
  if (claimed.count !== 1) return { ok: false, error: "used" };
  await db.membership.upsert({
    where: { orgId_userId: { orgId: invitation.orgId, userId: input.user.id } },
    create: { orgId: invitation.orgId, userId: input.user.id, role: invitation.role, groupId: invitation.groupId },
    update: {},
  });
  return { ok: true, orgSlug: invitation.org.slug };
}

/**
 * Creates an organisation and its first owner (platform admins only; the caller checks). An existing
 * account becomes owner at once; otherwise the owner is invited by email.
 */
export async function createOrganization(
  db: Db,
  input: { name: string; slug: string; ownerEmail: string; ownerName: string; adminId: string; baseUrl: string },
): Promise<{ ok: true; slug: string } | { ok: false }> {
  if (await db.organization.findUnique({ where: { slug: input.slug }, select: { id: true } })) return { ok: false };
  const org = await db.organization.create({ data: { name: input.name, slug: input.slug } });
  const owner = await db.user.findUnique({ where: { email: input.ownerEmail } });
  if (owner) await db.membership.create({ data: { orgId: org.id, userId: owner.id, role: "OWNER" } });
  else {
    const id = await invite(db, { org, email: input.ownerEmail, name: input.ownerName, groupId: null, invitedById: input.adminId, baseUrl: input.baseUrl });
    await db.invitation.update({ where: { id }, data: { role: "OWNER" } });
  }
  await audit(db, { orgId: org.id, actorId: input.adminId, action: "organization.created", targetType: "organization", targetId: org.id, details: { owner: input.ownerEmail } });
  return { ok: true, slug: org.slug };
}
