import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "./options";

export type CurrentUser = { id: string; name: string; email: string; isPlatformAdmin: boolean; locale: string };

/**
 * Who is asking: the signed-in user, read fresh from the database, or null. A session whose user no
 * longer exists, or whose password has changed since sign-in, counts as signed out.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const token = session?.user;
  if (!token?.id) return null;
  const user = await db.user.findUnique({
    where: { id: token.id },
    select: { id: true, name: true, email: true, isPlatformAdmin: true, locale: true, sessionVersion: true },
  });
  if (!user) return null;
  const { sessionVersion, ...rest } = user;
  if (token.sessionVersion !== sessionVersion) return null;
  return rest;
}
/** For pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(locale: string, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
