import { z } from "zod";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isKnownLocale } from "@/i18n/messages";
import { jsonError, seeOther } from "@/lib/http/json";
import { readFormOrJson } from "@/lib/http/form-or-json";
import { normaliseCertificateCode } from "@/lib/certificates/code";
import { revokeCertificate } from "@/lib/certificates/issue";

const schema = z.object({ reason: z.string().trim().min(3).max(500), locale: z.string().max(10).optional() });

/** Revokes a certificate with a public reason. Platform admins only; everyone else gets 404. */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const user = await getCurrentUser();
  if (!user?.isPlatformAdmin) return jsonError(404, "notFound");
  const code = normaliseCertificateCode((await params).code);
  if (!code || !(await db.certificate.findUnique({ where: { code }, select: { id: true } }))) return jsonError(404, "notFound");
  const read = await readFormOrJson(request, 4096);
  if (!read.ok) return read.response;
  const input = read.kind === "json" ? read.body : Object.fromEntries(read.entries);
  const parsed = schema.safeParse(input);
  const locale = isKnownLocale((input as { locale?: string })?.locale) ? (input as { locale: string }).locale : "en";
  if (!parsed.success) {
    return read.kind === "form" ? seeOther(`/${locale}/verify/${code}?revokeError=1`) : jsonError(400, "reasonRequired");
  }
  await revokeCertificate(db, { code, reason: parsed.data.reason, adminId: user.id });
  return read.kind === "form" ? seeOther(`/${locale}/verify/${code}`) : Response.json({ ok: true });
}
