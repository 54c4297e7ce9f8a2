import { db } from "@/lib/db";
import { getCourse } from "@/lib/content";
import { isKnownLocale } from "@/i18n/messages";
import { jsonError, seeOther } from "@/lib/http/json";
import { readFormOrJson } from "@/lib/http/form-or-json";
import { assignees, createAssignment, type AssignmentResult } from "@/lib/org/assignments";
import { orgRequest } from "@/lib/org/guard";

/** Assigns a course with a due date. Managers only; the group must be this organisation's. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await orgRequest((await params).slug, "MANAGER");
  if (!access) return jsonError(404, "notFound");
  const read = await readFormOrJson(request, 48 * 1024);
  if (!read.ok) return read.response;
  const input = (read.kind === "json" ? read.body : Object.fromEntries(read.entries)) as Record<string, unknown>;
  const locale = isKnownLocale(String(input?.locale)) ? String(input.locale) : "en";
  const who = assignees(input ?? {});
  const result: AssignmentResult =
    who && getCourse(who.input.course)
      ? await createAssignment(db, { orgId: access.org.id, actorId: access.user.id, courseSlug: who.input.course, groupId: who.groupId, people: who.people, due: who.input.due })
      : { ok: false, error: "invalid" };
  if (read.kind === "form") {
    if (result.ok) return seeOther(`/${locale}/org/${access.org.slug}?assigned=1`);
    // Back to the form with what was typed, so nothing is lost.
    const back = new URLSearchParams({ error: result.error });
    for (const field of ["course", "target", "group", "due"] as const) if (typeof input[field] === "string") back.set(field, String(input[field]).slice(0, 100));
    if (typeof input.people === "string" && input.people.length <= 8000) back.set("people", input.people);
    if (result.unknown?.length) back.set("unknown", result.unknown.slice(0, 20).join(" "));
    return seeOther(`/${locale}/org/${access.org.slug}/assignments?${back}`);
  }
  return result.ok ? Response.json({ id: result.id }, { status: 201 }) : jsonError(400, result.error, result.unknown ? { unknown: result.unknown } : {});
}
