import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { getLesson, getResource, lessonInLocale, lessonSummary, listCourses, localized } from "@/lib/content";
import { textDirection } from "@/i18n/routing";
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
  const { locale, course, lesson } = await params;
  const found = getLesson(course, lesson);
  if (!found) return {};
  const text = lessonSummary(found.lesson, locale);
  return { title: text.title, description: text.summary };
}

export default async function LessonPage({ params }: Props) {
  const { locale, course: courseSlug, lesson: lessonSlug } = await params;
  setRequestLocale(locale);
  const found = getLesson(courseSlug, lessonSlug);
  if (!found) notFound();
  const { course, lesson } = found;
  const t = await getTranslations({ locale, namespace: "lesson" });
  const tm = await getTranslations({ locale, namespace: "mdx" });
  // The lesson in the learner's language, or in English with a notice. Headings and objectives come
  // from the translated syllabus when there is one, so the page is as readable as it can be.
  const shown = lessonInLocale(lesson, locale);
  const heading = shown.fallback ? lessonSummary(lesson, locale) : { ...shown.meta, lang: shown.lang };
  const bodyLang = { lang: shown.lang === locale ? undefined : shown.lang, dir: shown.lang === locale ? undefined : textDirection(shown.lang) };
  const headingLang = { lang: heading.lang === locale ? undefined : heading.lang, dir: heading.lang === locale ? undefined : textDirection(heading.lang) };
  // Never lose a content note: a translation without one still shows the English note.
  const contentNote = heading.contentNote ?? lesson.meta.contentNote;
  const noteLang = heading.contentNote ? headingLang : locale === "en" ? {} : { lang: "en", dir: "ltr" as const };
  const languageName = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  const titleOf = (l: (typeof course.lessons)[number]) => lessonSummary(l, locale);
  const otherLang = (lang: string) => (lang === locale ? {} : { lang, dir: textDirection(lang) });
  const sources = shown.meta.sources.map((s) => ({ ...s, resource: getResource(s.id) }));
  const body = await renderLessonBody(
    { ...lesson, body: shown.body },
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
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
              {" "}›
            </span>
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
            <h1 id="lesson-title" className="text-3xl font-bold" {...headingLang}>
              {heading.title}
            </h1>
            <p className="text-lg" {...headingLang}>
              {heading.summary}
            </p>
          </header>

          {shown.fallback ? (
            <p className="rounded-md border-s-4 border-brand bg-brand-soft p-4" role="note" data-testid="english-fallback">
              {t("englishFallback", { language: languageName })}
            </p>
          ) : null}
          {shown.stale ? (
            <p className="rounded-md border-s-4 border-warn-border bg-warn-bg p-4" role="note" data-testid="stale-translation">
              {t.rich("staleTranslation", {
                link: (chunks) => (
                  <Link href={`/courses/${course.slug}/${lesson.slug}`} locale="en" lang="en">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : null}

          {contentNote ? (
            <aside className="rounded-md border-s-4 border-warn-border bg-warn-bg p-4" aria-labelledby="content-note-title" data-testid="content-note">
              <h2 id="content-note-title" className="font-semibold">
                {t("contentNoteTitle")}
              </h2>
              <p className="mt-1" {...noteLang}>
                {contentNote}
              </p>
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
            <ul className="mt-2 list-disc space-y-1 ps-6" {...headingLang}>
              {heading.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </section>

          {contentNote ? (
            <ContentNoteGate lesson={`${course.slug}/${lesson.slug}`} backHref={`/courses/${course.slug}`}>
              <div className="lesson-body" {...bodyLang}>
                {body}
              </div>
            </ContentNoteGate>
          ) : (
            <div className="lesson-body" {...bodyLang}>
              {body}
            </div>
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
                      <span lang={locale === "en" ? undefined : "en"}>
                        <a href={s.resource.url} rel="noopener noreferrer">
                          {s.resource.title}
                        </a>{" "}
                        ({s.resource.publisher}
                        {s.resource.year ? `, ${s.resource.year}` : ""}), {s.at}
                      </span>{" "}
                      ·{" "}
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
                <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                  ←
                </span>{" "}
                {t("previous")}: <span {...otherLang(titleOf(previous).lang)}>{titleOf(previous).title}</span>
              </Link>
            ) : (
              <Link href={`/courses/${course.slug}`}>{t("backToCourse")}</Link>
            )}
            {next ? (
              <Link href={`/courses/${course.slug}/${next.slug}`} rel="next">
                {t("next")}: <span {...otherLang(titleOf(next).lang)}>{titleOf(next).title}</span>{" "}
                <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                  →
                </span>
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
                    {l.position}. <span {...otherLang(titleOf(l).lang)}>{titleOf(l).title}</span>
                  </span>
                ) : (
                  <Link href={`/courses/${course.slug}/${l.slug}`}>
                    {l.position}. <span {...otherLang(titleOf(l).lang)}>{titleOf(l).title}</span>
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
