import { z } from "zod";
import { db } from "@/lib/db";
import { isKnownLocale } from "@/i18n/messages";
import { jsonError, seeOther } from "@/lib/http/json";
import { readFormOrJson } from "@/lib/http/form-or-json";
import { changeMemberRole } from "@/lib/org/access";
import { orgRequest } from "@/lib/org/guard";

const schema = z.object({ userId: z.string().max(40), role: z.enum(["LEARNER", "MANAGER"]), locale: z.string().max(10).optional() });

/** Owners manage managers. The member id from the form must belong to this organisation. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await orgRequest((await params).slug, "OWNER");
  if (!access) return jsonError(404, "notFound");
  const read = await readFormOrJson(request, 2048);
  if (!read.ok) return read.response;
  const parsed = schema.safeParse(read.kind === "json" ? read.body : Object.fromEntries(read.entries));
  if (!parsed.success) return jsonError(400, "badRequest");
  const changed = await changeMemberRole(db, { orgId: access.org.id, actorId: access.user.id, userId: parsed.data.userId, role: parsed.data.role });
  if (!changed) return jsonError(404, "notFound");
  const locale = isKnownLocale(parsed.data.locale) ? parsed.data.locale : "en";
  return read.kind === "form" ? seeOther(`/${locale}/org/${access.org.slug}/members?roleChanged=1`) : Response.json({ ok: true });
}
