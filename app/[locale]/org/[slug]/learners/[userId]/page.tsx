import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { BackToDashboard } from "@/components/org/back-to-dashboard";
import { certificateCourseTitle } from "@/lib/certificates/course-title";
import { db } from "@/lib/db";
import { listCourses, localized } from "@/lib/content";
import { certificateStatus } from "@/lib/certificates/issue";
import { requireOrgPage } from "@/lib/org/guard";

type Props = { params: Promise<{ locale: string; slug: string; userId: string }> };
export const metadata: Metadata = { robots: { index: false } };

/** One learner's record, for managers of an organisation the learner belongs to (404 otherwise). */
export default async function LearnerDetailPage({ params }: Props) {
  const { locale, slug, userId } = await params;
  setRequestLocale(locale);
  const { org } = await requireOrgPage(locale, slug, "MANAGER", `/${locale}/org/${slug}/learners/${userId}`);
  const member = await db.membership.findFirst({ where: { orgId: org.id, userId }, include: { user: { select: { name: true, email: true } }, group: true } });
  if (!member) notFound();
  const t = await getTranslations({ locale, namespace: "org" });
  const ta = await getTranslations({ locale, namespace: "assessment" });
  const tc = await getTranslations({ locale, namespace: "certificates" });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const [lessons, attempts, certificates] = await Promise.all([
    db.lessonProgress.findMany({ where: { userId } }),
    db.quizAttempt.findMany({ where: { userId, submittedAt: { not: null } }, orderBy: { submittedAt: "desc" } }),
    db.certificate.findMany({ where: { userId }, orderBy: { issuedAt: "desc" } }),
  ]);
  const courses = listCourses();
  return (
    <div className="max-w-3xl space-y-8">
      <BackToDashboard locale={locale} slug={slug} orgName={org.name} />
      <h1 className="text-3xl font-bold">{t("learnerDetail", { name: member.user.name })}</h1>
      <p>
        {member.user.email} · {member.group?.name ?? t("none")}
      </p>
      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title" className="text-xl font-semibold">{t("lessons")}</h2>
        <ul className="mt-2 list-disc ps-6">
          {courses.map((c) => (
            <li key={c.slug}>
              {localized(c.meta.title, locale)}:{" "}
              {t("completedLessons", { done: lessons.filter((l) => l.courseSlug === c.slug && l.completedAt).length, total: c.lessons.length })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="attempts-title">
        <h2 id="attempts-title" className="text-xl font-semibold">{t("attempts")}</h2>
        <ul className="mt-2 list-disc ps-6">
          {attempts.map((a) => (
            <li key={a.id}>
              {a.courseSlug} · {date(a.submittedAt!)} · {a.percent}% · {a.passed ? ta("passed") : ta("failed")}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="certs-title">
        <h2 id="certs-title" className="text-xl font-semibold">{t("certificates")}</h2>
        <ul className="mt-2 list-disc ps-6">
          {certificates.map((c) => (
            <li key={c.id}>
              {certificateCourseTitle(c, locale).title} · {tc(`status.${certificateStatus(c)}`)} · {c.code} ·{" "}
              <a href={`/api/certificates/${c.code}/pdf`} data-testid="manager-certificate-pdf">
                {tc("download")}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
