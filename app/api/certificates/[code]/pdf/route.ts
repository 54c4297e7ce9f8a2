import { db } from "@/lib/db";
import { certificateCourseTitle } from "@/lib/certificates/course-title";
import { isKnownLocale } from "@/i18n/messages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { jsonError, seeOther } from "@/lib/http/json";
import { normaliseCertificateCode } from "@/lib/certificates/code";
import { renderCertificatePdf, UnsupportedCharactersError, verificationUrl } from "@/lib/certificates/pdf";

export const runtime = "nodejs";

/** The owner, platform admins, and managers of an organisation the learner belongs to. */
async function mayDownload(user: { id: string; isPlatformAdmin: boolean }, ownerId: string): Promise<boolean> {
  if (user.id === ownerId || user.isPlatformAdmin) return true;
  const shared = await db.membership.count({
    where: { userId: ownerId, org: { memberships: { some: { userId: user.id, role: { in: ["MANAGER", "OWNER"] } } } } },
  });
  return shared > 0;
}

/** The certificate PDF, for its owner, platform admins and the learner's managers. Anyone else gets 404. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const user = await getCurrentUser();
  const code = normaliseCertificateCode((await params).code);
  const cert = code ? await db.certificate.findUnique({ where: { code } }) : null;
  if (!user || !cert || !(await mayDownload(user, cert.userId))) return jsonError(404, "notFound");
  const base = (process.env.PUBLIC_URL?.trim() || new URL(request.url).origin).replace(/\/$/, "");
  try {
    // In the learner's saved language, whoever downloads it (the learner or their manager).
    const owner = await db.user.findUnique({ where: { id: cert.userId }, select: { locale: true } });
    const locale = isKnownLocale(owner?.locale) ? owner.locale : "en";
    const pdf = await renderCertificatePdf(cert, verificationUrl(cert.code, base), { locale, courseTitle: certificateCourseTitle(cert, locale).title });
    return new Response(Buffer.from(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="safeguard-academy-certificate-${cert.code}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof UnsupportedCharactersError) return seeOther(`/${user.locale}/certificates?unsupported=${cert.code}`);
    throw error;
  }
}
