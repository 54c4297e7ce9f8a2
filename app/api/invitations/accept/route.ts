import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isKnownLocale } from "@/i18n/messages";
import { jsonError, seeOther } from "@/lib/http/json";
import { readFormOrJson } from "@/lib/http/form-or-json";
import { acceptInvitation } from "@/lib/org/members";

/** Accepts an invitation for the signed-in user (whose email must be the invited one). */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return jsonError(401, "signInRequired");
  const read = await readFormOrJson(request, 2048);
  if (!read.ok) return read.response;
  const input = (read.kind === "json" ? read.body : Object.fromEntries(read.entries)) as Record<string, unknown>;
  const locale = isKnownLocale(String(input?.locale)) ? String(input.locale) : "en";
  const result = await acceptInvitation(db, { token: input?.token, user });
  if (read.kind === "json") return result.ok ? Response.json(result) : jsonError(result.error === "invalid" ? 400 : 409, result.error);
  return seeOther(result.ok ? `/${locale}/my-learning` : `/${locale}/invitations/${encodeURIComponent(String(input?.token ?? "x")).slice(0, 60)}?error=${result.error}`);
}
