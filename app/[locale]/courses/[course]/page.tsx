import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { fallbackLang, lessonSummary, localizedList, getCourse, getResource, listCourses, localized } from "@/lib/content";
import { ProgressProvider } from "@/components/learning/progress-context";
import { CompletedMark, CourseProgressBadge, StartOrContinue } from "@/components/learning/progress-islands";
import { AttemptHistoryIsland } from "@/components/quiz/attempt-history-island";

type Props = { params: Promise<{ locale: string; course: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return routing.locales.flatMap((locale) => listCourses().map((c) => ({ locale, course: c.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, course: slug } = await params;
  const course = getCourse(slug);
  return course ? { title: localized(course.meta.title, locale), description: localized(course.meta.summary, locale) } : {};
}

export default async function CoursePage({ params }: Props) {
  const { locale, course: slug } = await params;
  setRequestLocale(locale);
  const course = getCourse(slug);
  if (!course) notFound();
  const t = await getTranslations({ locale, namespace: "courses" });
  const ta = await getTranslations({ locale, namespace: "assessment" });
  const objectives = localizedList(course.meta.objectives, locale);
  const sourceIds = [...new Set(course.lessons.flatMap((l) => l.meta.sources.map((s) => s.id)))];
  const assessment = course.meta.assessment ? course.quizzes[course.meta.assessment] : undefined;

  return (
    <ProgressProvider>
      <article className="space-y-8">
        <header className="space-y-3">
          <p>
            <Link href="/courses">{t("title")}</Link>
          </p>
          <h1 className="text-3xl font-bold" {...fallbackLang(course.meta.title, locale)}>
            {localized(course.meta.title, locale)}
          </h1>
          <p className="max-w-3xl text-lg" {...fallbackLang(course.meta.summary, locale)}>
            {localized(course.meta.summary, locale)}
          </p>
          <p>
            <span className="font-semibold">{t("audience")}: </span>
            <span {...fallbackLang(course.meta.audience, locale)}>{localized(course.meta.audience, locale)}</span>
          </p>
          <p className="text-sm text-muted">
            {t("lessons", { count: course.lessons.length })} · {t("minutes", { minutes: course.minutes })}
            {course.meta.certificate?.validityMonths ? ` · ${t("certificateValidity", { months: course.meta.certificate.validityMonths })}` : ""}
            {" · "}
            {t("version", { version: course.version })}
          </p>
          <div className="max-w-sm">
            <CourseProgressBadge course={course.slug} />
          </div>
          <StartOrContinue course={course.slug} lessons={course.lessons.map((l) => ({ slug: l.slug, title: lessonSummary(l, locale).title }))} />
        </header>

        <section aria-labelledby="objectives">
          <h2 id="objectives" className="text-2xl font-semibold">
            {t("objectives")}
          </h2>
          <ul className="mt-3 list-disc space-y-1 ps-6" {...fallbackLang(course.meta.objectives, locale)}>
            {objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="syllabus">
          <h2 id="syllabus" className="text-2xl font-semibold">
            {t("syllabus")}
          </h2>
          <ol className="mt-3 space-y-3">
            {course.lessons.map((lesson) => {
              const text = lessonSummary(lesson, locale);
              const lang = text.lang === locale ? {} : { lang: text.lang, dir: "ltr" as const };
              return (
              <li key={lesson.slug} className="rounded-md border border-gray-200 bg-white p-4">
                <Link href={`/courses/${course.slug}/${lesson.slug}`} className="font-semibold">
                  {lesson.position}. <span {...lang}>{text.title}</span>
                </Link>
                <CompletedMark course={course.slug} lesson={lesson.slug} />
                <p className="mt-1" {...lang}>
                  {text.summary}
                </p>
                <p className="mt-1 text-sm text-muted">{t("minutes", { minutes: lesson.meta.minutes })}</p>
              </li>
              );
            })}
            {assessment && assessment.kind === "assessment" ? (
              <li className="rounded-md border border-gray-200 bg-white p-4">
                <p className="font-semibold">{t("assessment")}</p>
                <p className="mt-1">{t("assessmentInfo", { draw: assessment.draw, passMark: assessment.passMark })}</p>
                <p className="mt-2">
                  <Link href={`/assessments/${course.slug}`} data-testid="assessment-link">
                    {ta("goToAssessment")}
                  </Link>
                </p>
                <AttemptHistoryIsland course={course.slug} />
              </li>
            ) : null}
          </ol>
        </section>

        <section aria-labelledby="sources">
          <h2 id="sources" className="text-2xl font-semibold">
            {t("sources")}
          </h2>
          <ul className="mt-3 list-disc space-y-1 ps-6">
            {sourceIds.map((id) => {
              const r = getResource(id);
              return r ? (
                <li key={id}>
                  <a href={r.url} rel="noopener noreferrer">
                    {r.title}
                  </a>{" "}
                  <span className="text-muted">
                    ({r.publisher}
                    {r.year ? `, ${r.year}` : ""})
                  </span>
                </li>
              ) : null;
            })}
          </ul>
        </section>
      </article>
    </ProgressProvider>
  );
}
