import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { orgAccess, type OrgRole } from "./access";

/** For org pages: the signed-in user with at least `role` in the organisation, else a 404 page. */
export async function requireOrgPage(locale: string, slug: string, role: OrgRole, returnTo: string) {
  const user = await requireUser(locale, returnTo);
  const access = await orgAccess(db, user.id, slug, role);
  if (!access) notFound();
  return { user, ...access };
}

/** For org route handlers: the user and organisation, or null (answer 404 — never reveal it exists). */
export async function orgRequest(slug: string, role: OrgRole) {
  const user = await getCurrentUser();
  if (!user) return null;
  const access = await orgAccess(db, user.id, slug, role);
  return access ? { user, ...access } : null;
}
