import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/current-user";
import { localized } from "@/lib/content";
import { getAttemptForLearner } from "@/lib/quiz/attempts";
import { assessmentOf } from "@/lib/quiz/assessment-of";
import { FormMessage } from "@/components/forms/field";
import { QuestionFields, questionLabels } from "@/components/quiz/question-fields";

type Props = {
  params: Promise<{ locale: string; course: string; attempt: string }>;
  searchParams: Promise<{ error?: string; questions?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, course } = await params;
  const found = assessmentOf(course);
  if (!found) return {};
  return { title: (await getTranslations({ locale, namespace: "assessment" }))("title", { course: localized(found.course.meta.title, locale) }) };
}

export default async function AttemptPage({ params, searchParams }: Props) {
  const { locale, course: slug, attempt: attemptId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/assessments/${slug}/attempts/${attemptId}`);
  const found = assessmentOf(slug, locale);
  if (!found) notFound();
  const view = await getAttemptForLearner(db, user.id, attemptId, found.quiz);
  if (!view) notFound();
  if (view.status === "submitted") redirect(`/${locale}/assessments/${slug}/attempts/${attemptId}/review`);
  const t = await getTranslations({ locale, namespace: "assessment" });
  const tq = await getTranslations({ locale, namespace: "quiz" });
  const format = await getFormatter({ locale });
  const { error, questions: flagged } = await searchParams;
  const problems = new Set((flagged ?? "").split(",").filter(Boolean));
  const labels = questionLabels(tq as unknown as Parameters<typeof questionLabels>[0], locale);
  const title = t("title", { course: localized(found.course.meta.title, locale) });

  if (view.status === "expired") {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{title}</h1>
        <FormMessage tone="error">{t("expiredBody")}</FormMessage>
        <Link href={`/assessments/${slug}`}>{t("back")}</Link>
      </div>
    );
  }

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-muted">{t("attempt", { n: view.attempt.attemptNumber })}</p>
      {view.attempt.expiresAt ? (
        <p className="font-semibold" data-testid="deadline">
          {t("deadline", { time: format.dateTime(view.attempt.expiresAt, { timeStyle: "short" }) })}
        </p>
      ) : null}
      {error === "malformed" ? <FormMessage tone="error">{t("errorMalformed")}</FormMessage> : null}
      {error === "expired" ? <FormMessage tone="error">{t("errorExpired")}</FormMessage> : null}
      <form method="post" action={`/api/quiz/attempts/${view.attempt.id}/submit`} className="space-y-8" data-testid="attempt-form">
        <input type="hidden" name="course" value={slug} />
        <input type="hidden" name="locale" value={locale} />
        <ol className="space-y-8">
          {view.questions.map((q, i) => (
            <li key={q.id} className="rounded-lg border border-gray-200 bg-white p-5">
              <QuestionFields
                question={q}
                idPrefix="attempt"
                draft={view.draft[q.id]}
                heading={tq("questionOf", { n: i + 1, total: view.questions.length })}
                invalid={problems.has(q.id) ? tq("positionsProblem") : undefined}
                labels={labels}
              />
            </li>
          ))}
        </ol>
        <p>{t("submitHint")}</p>
        <button type="submit" className="btn btn-primary">
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
