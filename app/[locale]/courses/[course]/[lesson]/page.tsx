import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { getLesson, getResource, listCourses, localized } from "@/lib/content";
import { renderLessonBody } from "@/lib/content/render";
import { lessonComponents } from "@/components/mdx";
import { ProgressProvider } from "@/components/learning/progress-context";
import { CompletedMark, MarkComplete, RecordLessonOpened } from "@/components/learning/progress-islands";
import { KnowledgeCheck } from "@/components/quiz/knowledge-check";
import { ContentNoteGate } from "@/components/learning/content-note-gate";

type Props = { params: Promise<{ locale: string; course: string; lesson: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    listCourses().flatMap((c) => c.lessons.map((l) => ({ locale, course: c.slug, lesson: l.slug }))),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { course, lesson } = await params;
  const found = getLesson(course, lesson);
  return found ? { title: found.lesson.meta.title, description: found.lesson.meta.summary } : {};
}

export default async function LessonPage({ params }: Props) {
  const { locale, course: courseSlug, lesson: lessonSlug } = await params;
  setRequestLocale(locale);
  const found = getLesson(courseSlug, lessonSlug);
  if (!found) notFound();
  const { course, lesson } = found;
  const t = await getTranslations({ locale, namespace: "lesson" });
  const tm = await getTranslations({ locale, namespace: "mdx" });
  const sources = lesson.meta.sources.map((s) => ({ ...s, resource: getResource(s.id) }));
  const body = await renderLessonBody(
    lesson,
    lessonComponents({
      sources: sources.map((s) => ({ id: s.id, at: s.at, title: s.resource?.title ?? s.id })),
      labels: {
        source: tm("source"),
        scenario: tm("scenario"),
        reflect: tm("reflect"),
        role: tm("role"),
        sensitiveExample: tm("sensitiveExample"),
        sensitiveHint: tm("sensitiveHint"),
      },
      renderKnowledgeCheck: (id) => <KnowledgeCheck course={course.slug} quiz={id} />,
      libraryHref: (id) => `/${locale}/resources#${id}`,
    }),
  );
  const index = lesson.position - 1;
  const previous = course.lessons[index - 1];
  const next = course.lessons[index + 1];
  const courseTitle = localized(course.meta.title, locale);

  return (
    <ProgressProvider>
      <RecordLessonOpened course={course.slug} lesson={lesson.slug} />
      <nav aria-label={t("breadcrumb")} className="no-print mb-6 text-sm">
        <ol className="flex flex-wrap gap-x-2">
          <li>
            <Link href="/courses">{(await getTranslations({ locale, namespace: "courses" }))("title")}</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Link href={`/courses/${course.slug}`}>{courseTitle}</Link>
          </li>
        </ol>
      </nav>
      <div className="grid gap-10 lg:grid-cols-[1fr_16rem]">
        <article className="min-w-0 space-y-6" aria-labelledby="lesson-title">
          <header className="space-y-2">
            <p className="text-sm text-muted">
              {t("position", { position: lesson.position, total: course.lessons.length })} · {t("minutes", { minutes: lesson.meta.minutes })}
            </p>
            <h1 id="lesson-title" className="text-3xl font-bold">
              {lesson.meta.title}
            </h1>
            <p className="text-lg">{lesson.meta.summary}</p>
          </header>

          {lesson.meta.contentNote ? (
            <aside className="rounded-md border-s-4 border-warn-border bg-warn-bg p-4" aria-labelledby="content-note-title" data-testid="content-note">
              <h2 id="content-note-title" className="font-semibold">
                {t("contentNoteTitle")}
              </h2>
              <p className="mt-1">{lesson.meta.contentNote}</p>
              <p className="mt-1">
                {t("contentNoteSupport")} <Link href="/support">{t("supportLink")}</Link>
              </p>
              <p className="mt-1">{t("contentNoteChoice")}</p>
            </aside>
          ) : null}

          <section aria-labelledby="objectives-title" className="rounded-md bg-white p-4 ring-1 ring-gray-200">
            <h2 id="objectives-title" className="font-semibold">
              {t("objectives")}
            </h2>
            <ul className="mt-2 list-disc space-y-1 ps-6">
              {lesson.meta.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </section>

          {lesson.meta.contentNote ? (
            <ContentNoteGate lesson={`${course.slug}/${lesson.slug}`} backHref={`/courses/${course.slug}`}>
              <div className="lesson-body">{body}</div>
            </ContentNoteGate>
          ) : (
            <div className="lesson-body">{body}</div>
          )}

          <div className="no-print border-t border-gray-200 pt-6">
            <MarkComplete course={course.slug} lesson={lesson.slug} />
          </div>

          <section aria-labelledby="sources-title" className="border-t border-gray-200 pt-6">
            <h2 id="sources-title" className="text-xl font-semibold">
              {t("sources")}
            </h2>
            <ol className="mt-3 list-decimal space-y-2 ps-6">
              {sources.map((s, i) => (
                <li key={s.id} id={`source-${i + 1}`}>
                  {s.resource ? (
                    <>
                      <a href={s.resource.url} rel="noopener noreferrer">
                        {s.resource.title}
                      </a>{" "}
                      ({s.resource.publisher}
                      {s.resource.year ? `, ${s.resource.year}` : ""}), {s.at} ·{" "}
                      <Link href={`/resources#${s.id}`}>{t("viewInLibrary")}</Link>
                    </>
                  ) : (
                    `${s.id}, ${s.at}`
                  )}
                </li>
              ))}
            </ol>
          </section>

          <nav aria-label={t("outline")} className="no-print flex flex-wrap justify-between gap-4 border-t border-gray-200 pt-6">
            {previous ? (
              <Link href={`/courses/${course.slug}/${previous.slug}`} rel="prev">
                <span aria-hidden="true">← </span>
                {t("previous")}: {previous.meta.title}
              </Link>
            ) : (
              <Link href={`/courses/${course.slug}`}>{t("backToCourse")}</Link>
            )}
            {next ? (
              <Link href={`/courses/${course.slug}/${next.slug}`} rel="next">
                {t("next")}: {next.meta.title}
                <span aria-hidden="true"> →</span>
              </Link>
            ) : (
              <Link href={`/courses/${course.slug}`}>{t("backToCourse")}</Link>
            )}
          </nav>
        </article>

        <aside className="no-print lg:order-last" aria-labelledby="outline-title">
          <h2 id="outline-title" className="font-semibold">
            {t("outline")}
          </h2>
          <ol className="mt-2 space-y-1 text-sm">
            {course.lessons.map((l) => (
              <li key={l.slug}>
                {l.slug === lesson.slug ? (
                  <span aria-current="page" className="font-semibold">
                    {l.position}. {l.meta.title}
                  </span>
                ) : (
                  <Link href={`/courses/${course.slug}/${l.slug}`}>
                    {l.position}. {l.meta.title}
                  </Link>
                )}
                <CompletedMark course={course.slug} lesson={l.slug} />
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </ProgressProvider>
  );
}
