import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { fallbackLang, listCourses, localized } from "@/lib/content";
import { ProgressProvider } from "@/components/learning/progress-context";
import { CourseProgressBadge } from "@/components/learning/progress-islands";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "courses" }))("title") };
}

export default async function CataloguePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "courses" });
  const courses = listCourses();
  return (
    <ProgressProvider>
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-2xl">{t("intro")}</p>
        <ul className="grid gap-6 md:grid-cols-2">
          {courses.map((course) => (
            <li key={course.slug} className="flex flex-col rounded-lg border border-gray-200 bg-white p-5">
              <h2 className="text-xl font-semibold">
                <Link href={`/courses/${course.slug}`} {...fallbackLang(course.meta.title, locale)}>
                  {localized(course.meta.title, locale)}
                </Link>
              </h2>
              <p className="mt-2" {...fallbackLang(course.meta.summary, locale)}>
                {localized(course.meta.summary, locale)}
              </p>
              <p className="mt-3 text-sm">
                <span className="font-semibold">{t("audience")}: </span>
                <span {...fallbackLang(course.meta.audience, locale)}>{localized(course.meta.audience, locale)}</span>
              </p>
              <p className="mt-3 text-sm text-muted">
                {t("lessons", { count: course.lessons.length })} · {t("minutes", { minutes: course.minutes })}
              </p>
              <CourseProgressBadge course={course.slug} />
            </li>
          ))}
        </ul>
      </div>
    </ProgressProvider>
  );
}
