import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/current-user";
import { courseOutline, lessonSummary, listCourses, localized } from "@/lib/content";
import { progressForCourses } from "@/lib/progress";
import { assignmentsFor } from "@/lib/org/assignments";
import { assignmentStatus } from "@/lib/org/status";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "myLearning" }))("title") };
}

export default async function MyLearningPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/my-learning`);
  const t = await getTranslations({ locale, namespace: "myLearning" });
  const tc = await getTranslations({ locale, namespace: "courses" });
  const format = await getFormatter({ locale });
  const courses = listCourses();
  const progress = await progressForCourses(db, user.id, courses.map(courseOutline));
  const rows = courses.map((course, i) => ({ course, progress: progress[i] })).filter((r) => r.progress.started);
  const assigned = (await assignmentsFor(db, user.id)).flatMap((a) => {
    const i = courses.findIndex((c) => c.slug === a.courseSlug);
    if (i < 0) return [];
    const p = progress[i];
    const status = assignmentStatus({ dueAt: a.dueAt, startedAt: p.started ? new Date(0) : null, completedAt: p.completedAt, now: new Date() });
    return [{ ...a, course: courses[i], status }];
  });
  const to = await getTranslations({ locale, namespace: "org" });
  const inProgress = rows.filter((r) => !r.progress.completedAt);
  const completed = rows.filter((r) => r.progress.completedAt);

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {assigned.length ? (
        <section aria-labelledby="assigned" data-testid="assigned">
          <h2 id="assigned" className="text-2xl font-semibold">
            {to("assignedToYou")}
          </h2>
          <ul className="mt-3 space-y-3">
            {assigned.map((a) => (
              <li key={a.id} className="rounded-md border border-gray-200 bg-white p-4">
                <Link href={`/courses/${a.course.slug}`} className="font-semibold">
                  {localized(a.course.meta.title, locale)}
                </Link>
                <p className="text-sm">
                  {a.orgName} · {to("dueBy", { date: format.dateTime(a.dueAt, { dateStyle: "long", timeZone: "UTC" }) })} ·{" "}
                  <span data-status={a.status}>{to(`status.${a.status}`)}</span>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {rows.length === 0 && assigned.length === 0 ? (
        <p>
          {t("none")} <Link href="/courses">{t("browse")}</Link>
        </p>
      ) : null}
      {inProgress.length ? (
        <section aria-labelledby="in-progress">
          <h2 id="in-progress" className="text-2xl font-semibold">
            {t("inProgress")}
          </h2>
          <ul className="mt-3 space-y-3" data-testid="in-progress">
            {inProgress.map(({ course, progress: p }) => {
              const next = course.lessons.find((l) => l.slug === p.nextLesson) ?? course.lessons[0];
              return (
                <li key={course.slug} className="rounded-md border border-gray-200 bg-white p-4">
                  <p className="font-semibold">{localized(course.meta.title, locale)}</p>
                  <p className="text-sm">{tc("percentComplete", { percent: p.percent })}</p>
                  <Link href={`/courses/${course.slug}/${next.slug}`} className="btn btn-secondary mt-2">
                    {t("continue")}: {lessonSummary(next, locale).title}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {completed.length ? (
        <section aria-labelledby="completed">
          <h2 id="completed" className="text-2xl font-semibold">
            {t("completed")}
          </h2>
          <ul className="mt-3 space-y-3" data-testid="completed">
            {completed.map(({ course, progress: p }) => (
              <li key={course.slug} className="rounded-md border border-gray-200 bg-white p-4">
                <Link href={`/courses/${course.slug}`} className="font-semibold">
                  {localized(course.meta.title, locale)}
                </Link>
                <p className="text-sm">{t("completedOn", { date: format.dateTime(p.completedAt!, { dateStyle: "long" }) })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
