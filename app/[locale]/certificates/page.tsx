import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { certificateCourseTitle } from "@/lib/certificates/course-title";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/current-user";
import { certificatesOf, certificateStatus, renewalDue } from "@/lib/certificates/issue";
import { verificationUrl } from "@/lib/certificates/pdf";
import { FormMessage } from "@/components/forms/field";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ unsupported?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "certificates" }))("title") };
}

/** LinkedIn's "add certification to profile" link, built only from the certificate's public fields. */
function linkedInUrl(cert: { courseTitle: string; issuedAt: Date; expiresAt: Date | null; code: string }, url: string): string {
  const params = new URLSearchParams({
    startTask: "CERTIFICATION_NAME",
    name: cert.courseTitle,
    organizationName: "Safeguard Academy",
    issueYear: String(cert.issuedAt.getUTCFullYear()),
    issueMonth: String(cert.issuedAt.getUTCMonth() + 1),
    certUrl: url,
    certId: cert.code,
  });
  if (cert.expiresAt) {
    params.set("expirationYear", String(cert.expiresAt.getUTCFullYear()));
    params.set("expirationMonth", String(cert.expiresAt.getUTCMonth() + 1));
  }
  return `https://www.linkedin.com/profile/add?${params}`;
}

export default async function CertificatesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/certificates`);
  const t = await getTranslations({ locale, namespace: "certificates" });
  const format = await getFormatter({ locale });
  const certificates = await certificatesOf(db, user.id);
  const { unsupported } = await searchParams;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {unsupported ? <FormMessage tone="error" testId="pdf-unsupported">{t("unsupported")}</FormMessage> : null}
      {certificates.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="space-y-4" data-testid="certificate-list">
        {certificates.map((cert, i) => {
          const status = certificateStatus(cert);
          // Only the newest certificate of a course can be renewed (the list is newest first).
          const newest = certificates.findIndex((c) => c.courseSlug === cert.courseSlug) === i;
          const url = verificationUrl(cert.code);
          return (
            <li key={cert.id} className="space-y-2 rounded-lg border border-gray-200 bg-white p-5" data-testid={`certificate-${cert.courseSlug}`}>
              <h2 className="text-xl font-semibold">{certificateCourseTitle(cert, locale).title}</h2>
              <p>
                <span className="font-semibold">{t(`status.${status}`)}</span> · {t("issued", { date: date(cert.issuedAt) })} ·{" "}
                {cert.expiresAt ? t("expires", { date: date(cert.expiresAt) }) : t("noExpiry")}
              </p>
              <p>
                {t("code")}: <code className="font-mono font-semibold" data-testid="certificate-code">{cert.code}</code>
              </p>
              <div className="flex flex-wrap gap-3">
                <a href={`/api/certificates/${cert.code}/pdf`} className="btn btn-primary" data-testid="download-pdf">
                  {t("download")}
                </a>
                <a href={url} className="btn btn-secondary" data-testid="share-link">
                  {t("share")}
                </a>
                <a href={linkedInUrl(cert, url)} className="btn btn-secondary" rel="noopener noreferrer">
                  {t("linkedin")}
                </a>
              </div>
              <p className="text-sm text-muted">{t("shareHint")}</p>
              {newest && status !== "revoked" && renewalDue(cert) ? (
                <p className="rounded-md bg-warn-bg p-3">
                  {t("renew")} <Link href={`/assessments/${cert.courseSlug}`}>{t("renewLink")}</Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
