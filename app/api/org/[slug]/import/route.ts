import { db } from "@/lib/db";
import { isKnownLocale } from "@/i18n/messages";
import { baseUrlFor, isSameOrigin, jsonError, seeOther } from "@/lib/http/json";
import { IMPORT_MAX_BYTES, parseMemberCsv } from "@/lib/org/csv";
import { orgRequest } from "@/lib/org/guard";
import { importMembers } from "@/lib/org/members";

export const runtime = "nodejs";

/** Imports members from an uploaded CSV. Every row is checked first; any problem imports nothing. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await orgRequest((await params).slug, "MANAGER");
  if (!access) return jsonError(404, "notFound");
  if (!isSameOrigin(request)) return jsonError(403, "crossOrigin");
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_MAX_BYTES + 64 * 1024) return jsonError(413, "payloadTooLarge");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, "badRequest");
  }
  const locale = isKnownLocale(String(form.get("locale"))) ? String(form.get("locale")) : "en";
  const file = form.get("file");
  const back = `/${locale}/org/${access.org.slug}/members`;
  if (!(file instanceof File)) return seeOther(`${back}?import=missing`);
  const parsed = parseMemberCsv(new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) {
    // The report travels in the address, so only the first 30 problems are listed, with the total.
    const report = encodeURIComponent(JSON.stringify({ total: parsed.problems.length, list: parsed.problems.slice(0, 30).map((p) => ({ line: p.line, code: p.code, values: p.values })) }));
    return seeOther(`${back}?problems=${report}`);
  }
  const result = await importMembers(db, { org: access.org, rows: parsed.rows, actorId: access.user.id, baseUrl: baseUrlFor(request), locale });
  return seeOther(`${back}?imported=${encodeURIComponent(JSON.stringify(result))}`);
}
