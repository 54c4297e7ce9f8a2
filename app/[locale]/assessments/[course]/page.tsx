import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/current-user";
import { localized } from "@/lib/content";
import { attemptHistory } from "@/lib/quiz/attempts";
import { assessmentOf } from "@/lib/quiz/assessment-of";
import { FormMessage } from "@/components/forms/field";
import { AttemptHistoryTable } from "@/components/quiz/attempt-history-table";

type Props = { params: Promise<{ locale: string; course: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, course } = await params;
  const found = assessmentOf(course);
  if (!found) return {};
  return { title: (await getTranslations({ locale, namespace: "assessment" }))("title", { course: localized(found.course.meta.title, locale) }) };
}

export default async function AssessmentPage({ params, searchParams }: Props) {
  const { locale, course: slug } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/assessments/${slug}`);
  const found = assessmentOf(slug, locale);
  if (!found) notFound();
  const { course, quiz } = found;
  const t = await getTranslations({ locale, namespace: "assessment" });
  const { error } = await searchParams;
  const history = await attemptHistory(db, user.id, course.slug, quiz.id);
  const open = history.find((a) => a.status === "open");
  const left = quiz.maxAttempts ? Math.max(0, quiz.maxAttempts - history.length) : null;

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/courses/${course.slug}`}>{localized(course.meta.title, locale)}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title", { course: localized(course.meta.title, locale) })}</h1>
      {error === "attemptLimit" ? <FormMessage tone="error">{t("errorAttemptLimit")}</FormMessage> : null}
      <ul className="list-disc space-y-1 ps-6">
        <li>{t("intro", { draw: quiz.draw, passMark: quiz.passMark })}</li>
        <li>{left === null ? t("unlimited") : t("attemptsLeft", { count: left })}</li>
        <li>{quiz.timeLimitMinutes ? t("timeLimit", { minutes: quiz.timeLimitMinutes }) : t("noTimeLimit")}</li>
        <li>{quiz.review === "after-each-attempt" ? t("reviewAfterEach") : t("reviewAfterPassing")}</li>
      </ul>
      {open || left === null || left > 0 ? (
        <form method="post" action="/api/quiz/attempts">
          <input type="hidden" name="course" value={course.slug} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="btn btn-primary" data-testid="start-attempt">
            {open ? t("resume") : t("start")}
          </button>
        </form>
      ) : null}
      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-2xl font-semibold">
          {t("history")}
        </h2>
        <AttemptHistoryTable locale={locale} course={course.slug} attempts={history} />
      </section>
    </div>
  );
}
