import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { certificateCourseTitle } from "@/lib/certificates/course-title";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { normaliseCertificateCode } from "@/lib/certificates/code";
import { certificateStatus } from "@/lib/certificates/issue";
import { allowRequest, clientAddress } from "@/lib/http/rate-limit";
import { FormMessage } from "@/components/forms/field";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ revokeError?: string }> };

/** Lookups per client address per ten minutes. */
const LOOKUPS_PER_WINDOW = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "verify" }))("title"), robots: { index: false } };
}

/** The public verification page: status, name, course, version and dates, nothing else about the person. */
export default async function VerifyCertificatePage({ params, searchParams }: Props) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "verify" });
  if (!(await allowRequest(db, `verify:${clientAddress(await headers())}`, LOOKUPS_PER_WINDOW, 10 * 60_000))) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <FormMessage tone="error" testId="verify-throttled">
          {t("throttled")}
        </FormMessage>
      </div>
    );
  }
  const code = normaliseCertificateCode(decodeURIComponent(raw).slice(0, 100));
  const cert = code ? await db.certificate.findUnique({ where: { code } }) : null;
  if (!cert) notFound();
  const status = certificateStatus(cert);
  const course = certificateCourseTitle(cert, locale);
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const viewer = await getCurrentUser();
  const { revokeError } = await searchParams;
  const tone = { valid: "border-brand bg-brand-soft", expired: "border-warn-border bg-warn-bg", revoked: "border-error bg-red-50" }[status];
  const message = { valid: t("statusValid"), expired: t("statusExpired"), revoked: t("statusRevoked") }[status];

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("resultTitle", { code: cert.code })}</h1>
      <p role="status" className={`rounded-md border-s-4 p-4 text-xl font-semibold ${tone}`} data-testid="verify-status" data-status={status}>
        {message}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-gray-200 bg-white p-5">
        <dt className="font-semibold">{t("name")}</dt>
        <dd data-testid="verify-name">{cert.learnerName}</dd>
        <dt className="font-semibold">{t("course")}</dt>
        <dd>
          {course.translated ? (
            <>
              {course.title} <span lang="en" dir="ltr">({cert.courseTitle})</span>
            </>
          ) : (
            <span lang={locale === "en" ? undefined : "en"} dir={locale === "en" ? undefined : "ltr"}>
              {cert.courseTitle}
            </span>
          )}
        </dd>
        <dt className="font-semibold">{t("version")}</dt>
        <dd>{cert.courseVersion}</dd>
        <dt className="font-semibold">{t("completed")}</dt>
        <dd>{date(cert.completedAt)}</dd>
        <dt className="font-semibold">{t("issued")}</dt>
        <dd>{date(cert.issuedAt)}</dd>
        <dt className="font-semibold">{status === "expired" ? t("expired") : t("expires")}</dt>
        <dd>{cert.expiresAt ? date(cert.expiresAt) : t("noExpiry")}</dd>
        {cert.revokedAt ? (
          <>
            <dt className="font-semibold">{t("revoked")}</dt>
            <dd>{date(cert.revokedAt)}</dd>
            <dt className="font-semibold">{t("reason")}</dt>
            <dd data-testid="verify-reason">{cert.revokedReason}</dd>
          </>
        ) : null}
      </dl>
      <p className="text-sm text-muted">{t("privacy")}</p>
      <p>
        <Link href="/verify">{t("anotherCode")}</Link>
      </p>

      {viewer?.isPlatformAdmin && !cert.revokedAt ? (
        <form method="post" action={`/api/certificates/${cert.code}/revoke`} className="space-y-3 rounded-lg border border-error p-4">
          <h2 className="text-lg font-semibold">{t("revokeTitle")}</h2>
          {revokeError ? <FormMessage tone="error">{t("revokeReasonRequired")}</FormMessage> : null}
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="reason" className="block font-semibold">
            {t("revokeReason")}
          </label>
          <textarea id="reason" name="reason" required minLength={3} maxLength={500} rows={3} className="field-input" />
          <button type="submit" className="btn btn-primary">
            {t("revokeSubmit")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
