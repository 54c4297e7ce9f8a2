import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { textDirection } from "@/i18n/routing";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/current-user";
import { getResource, localized } from "@/lib/content";
import { attemptHistory, mayReview, reviewItems } from "@/lib/quiz/attempts";
import { assessmentOf } from "@/lib/quiz/assessment-of";
import { describeAnswer, keyAsAnswer } from "@/components/quiz/answer-text";

type Props = { params: Promise<{ locale: string; course: string; attempt: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "assessment" }))("reviewTitle", { n: "" }) };
}

export default async function ReviewPage({ params }: Props) {
  const { locale, course: slug, attempt: attemptId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/assessments/${slug}/attempts/${attemptId}/review`);
  const found = assessmentOf(slug, locale);
  if (!found) notFound();
  const attempt = await db.quizAttempt.findFirst({ where: { id: attemptId, userId: user.id, courseSlug: slug, quizId: found.quiz.id } });
  if (!attempt) notFound();
  if (!attempt.submittedAt) redirect(`/${locale}/assessments/${slug}/attempts/${attemptId}`);
  const t = await getTranslations({ locale, namespace: "assessment" });
  const tq = await getTranslations({ locale, namespace: "quiz" });
  const showAnswers = await mayReview(db, attempt, found.quiz);
  const enrollment = await db.enrollment.findUnique({ where: { userId_courseSlug: { userId: user.id, courseSlug: slug } } });
  const history = await attemptHistory(db, user.id, slug, found.quiz.id);
  const canRetry = !attempt.passed && (!found.quiz.maxAttempts || history.length < found.quiz.maxAttempts);
  const items = showAnswers ? reviewItems(attempt, found.quiz) : [];
  const words = { true: tq("true"), false: tq("false"), none: t("noAnswer") };
  /** Questions not yet translated are shown in English, marked as such for screen readers. */
  const inEnglish = (q: { lang?: "en" }) => (q.lang ? { lang: "en", dir: "ltr" as const } : {});

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/courses/${slug}`}>{localized(found.course.meta.title, locale)}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("reviewTitle", { n: attempt.attemptNumber })}</h1>
      <div role="status" className={`rounded-md border-s-4 p-4 ${attempt.passed ? "border-brand bg-brand-soft" : "border-warn-border bg-warn-bg"}`} data-testid="attempt-result">
        <p className="text-xl font-semibold">{t("yourScore", { percent: attempt.percent ?? 0 })}</p>
        <p>{attempt.passed ? t("passMessage") : t("failMessage", { passMark: found.quiz.passMark })}</p>
        {enrollment?.completedAt ? <p className="font-semibold" data-testid="course-complete">{t("courseComplete")}</p> : null}
      </div>
      <div className="flex flex-wrap gap-3">
        {canRetry ? (
          <form method="post" action="/api/quiz/attempts">
            <input type="hidden" name="course" value={slug} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="btn btn-primary">
              {t("tryAgain")}
            </button>
          </form>
        ) : null}
        <Link href={`/assessments/${slug}`} className="btn btn-secondary">
          {t("back")}
        </Link>
      </div>
      {showAnswers ? (
        <ol className="space-y-6" data-testid="review">
          {items.map((item, i) => {
            const verdict = item.grade.correct ? t("right") : item.grade.score > 0 ? t("partial") : t("wrong");
            const resource = getResource(item.source.id);
            return (
              <li key={item.question.id} className="rounded-lg border border-gray-200 bg-white p-5" data-testid={`review-${item.question.id}`}>
                <p className="text-sm text-muted">{tq("questionOf", { n: i + 1, total: items.length })}</p>
                <h2 className="text-lg font-semibold" {...inEnglish(item.question)}>
                  {item.question.prompt}
                </h2>
                {item.question.lang ? <p className="text-sm text-muted">{tq("englishOnly")}</p> : null}
                <p className={`mt-2 font-semibold ${item.grade.correct ? "text-brand-dark" : "text-error"}`} data-verdict={item.grade.correct ? "right" : "wrong"}>
                  <span aria-hidden="true">{item.grade.correct ? "✓ " : "✗ "}</span>
                  {verdict}
                </p>
                <dl className="mt-2 space-y-2">
                  <div>
                    <dt className="font-semibold">{t("yourAnswer")}</dt>
                    <dd>
                      <ul className="list-disc ps-6" {...inEnglish(item.question)}>
                        {describeAnswer(item.question, item.answer, { ...words, direction: item.question.lang ? "ltr" : textDirection(locale) }).map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                  {!item.grade.correct ? (
                    <div>
                      <dt className="font-semibold">{t("rightAnswer")}</dt>
                      <dd>
                        <ul className="list-disc ps-6" {...inEnglish(item.question)}>
                          {describeAnswer(item.question, keyAsAnswer(item.key), { ...words, direction: item.question.lang ? "ltr" : textDirection(locale) }).map((line) => (
                            <li key={line}>{line}</li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                  ) : null}
                </dl>
                <p className="mt-3" {...inEnglish(item.question)}>
                  {item.explanation}
                </p>
                <p className="mt-1 text-sm text-muted">{tq("source", { title: resource?.title ?? item.source.id, at: item.source.at })}</p>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>{t("reviewHidden")}</p>
      )}
    </div>
  );
}
