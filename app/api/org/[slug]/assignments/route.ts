import { db } from "@/lib/db";
import { getCourse } from "@/lib/content";
import { isKnownLocale } from "@/i18n/messages";
import { jsonError, seeOther } from "@/lib/http/json";
import { readFormOrJson } from "@/lib/http/form-or-json";
import { assignmentInput, createAssignment } from "@/lib/org/assignments";
import { orgRequest } from "@/lib/org/guard";

/** Assigns a course with a due date. Managers only; the group must be this organisation's. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await orgRequest((await params).slug, "MANAGER");
  if (!access) return jsonError(404, "notFound");
  const read = await readFormOrJson(request, 4096);
  if (!read.ok) return read.response;
  const input = (read.kind === "json" ? read.body : Object.fromEntries(read.entries)) as Record<string, unknown>;
  const locale = isKnownLocale(String(input?.locale)) ? String(input.locale) : "en";
  const back = `/${locale}/org/${access.org.slug}/assignments`;
  const parsed = assignmentInput.safeParse(input);
  const ok = parsed.success && getCourse(parsed.data.course)
    ? await createAssignment(db, { orgId: access.org.id, actorId: access.user.id, courseSlug: parsed.data.course, groupId: parsed.data.group || null, due: parsed.data.due })
    : { ok: false as const };
  if (read.kind === "form") return seeOther(ok.ok ? `/${locale}/org/${access.org.slug}?assigned=1` : `${back}?error=1`);
  return ok.ok ? Response.json({ id: ok.id }, { status: 201 }) : jsonError(400, "invalid");
}
