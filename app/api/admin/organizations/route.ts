import { z } from "zod";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { emailSchema } from "@/lib/auth/email-address";
import { isKnownLocale } from "@/i18n/messages";
import { baseUrlFor, jsonError, seeOther } from "@/lib/http/json";
import { readFormOrJson } from "@/lib/http/form-or-json";
import { createOrganization } from "@/lib/org/members";

const schema = z.object({
  name: z.string().trim().min(2).max(120),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(40),
  ownerEmail: emailSchema,
  ownerName: z.string().trim().min(1).max(120),
});

/** Platform admins create an organisation and its first owner. Everyone else gets 404. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user?.isPlatformAdmin) return jsonError(404, "notFound");
  const read = await readFormOrJson(request, 4096);
  if (!read.ok) return read.response;
  const input = (read.kind === "json" ? read.body : Object.fromEntries(read.entries)) as Record<string, unknown>;
  const locale = isKnownLocale(String(input?.locale)) ? String(input.locale) : "en";
  const parsed = schema.safeParse(input);
  const result = parsed.success ? await createOrganization(db, { ...parsed.data, adminId: user.id, baseUrl: baseUrlFor(request) }) : { ok: false as const };
  if (read.kind === "json") return result.ok ? Response.json(result, { status: 201 }) : jsonError(400, "invalid");
  return seeOther(`/${locale}/admin/organizations?${result.ok ? "created=1" : "error=1"}`);
}
