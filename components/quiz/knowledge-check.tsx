"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { textDirection } from "@/i18n/routing";
import type { Grade, PublicKey, PublicQuestion } from "@/lib/quiz/types/contract";
import { answersFromForm } from "@/lib/quiz/form";
import { QuestionFields, questionLabels, type QuestionLabels } from "./question-fields";
import { describeAnswer, keyAsAnswer } from "./answer-text";

type Feedback = { grade: Grade; key: PublicKey; explanation: string; source: { title: string; at: string } };

export function useQuestionLabels(): QuestionLabels {
  return questionLabels(useTranslations("quiz") as unknown as Parameters<typeof questionLabels>[0], useLocale());
}

function KnowledgeQuestion({ course, quiz, question, n, total }: { course: string; quiz: string; question: PublicQuestion; n: number; total: number }) {
  const t = useTranslations("quiz");
  const labels = useQuestionLabels();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entries = [...new FormData(event.currentTarget).entries()].filter((e): e is [string, string] => typeof e[1] === "string");
    const { answers, problems } = answersFromForm(entries, [question]);
    if (problems[question.id]) return setProblem(t("positionsProblem"));
    if (answers[question.id] === undefined) return setProblem(t("answerFirst"));
    setProblem(null);
    setBusy(true);
    try {
      const response = await fetch("/api/quiz/knowledge-check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ course, quiz, question: question.id, answer: answers[question.id], locale: labels.locale }),
      });
      if (response.ok) setFeedback(await response.json());
      else setProblem(response.status === 400 ? t("answerFirst") : t("loadFailed"));
    } catch {
      setProblem(t("loadFailed"));
    }
    setBusy(false);
  }

  const verdict = feedback ? (feedback.grade.correct ? t("verdictRight") : feedback.grade.score > 0 ? t("verdictPartly") : t("verdictWrong")) : null;
  return (
    <form key={round} onSubmit={onSubmit} className="space-y-3 rounded-md border border-gray-200 bg-white p-4" data-testid={`kc-question-${question.id}`} noValidate>
      <QuestionFields question={question} labels={labels} idPrefix={`kc-${quiz}`} heading={t("questionOf", { n, total })} invalid={problem ?? undefined} />
      {feedback ? (
        <div role="status" className={`rounded-md border-s-4 p-3 ${feedback.grade.correct ? "border-brand bg-brand-soft" : "border-warn-border bg-warn-bg"}`} data-testid="kc-feedback">
          <p className="font-semibold">{verdict}</p>
          {!feedback.grade.correct ? (
            <div className="mt-1">
              <p className="font-semibold">{t("theAnswer")}</p>
              <ul className="list-disc ps-6">
                {describeAnswer(question, keyAsAnswer(feedback.key), { true: labels.true, false: labels.false, none: "—", direction: question.lang ? "ltr" : textDirection(labels.locale) }).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="mt-2" lang={question.lang} dir={question.lang ? "ltr" : undefined}>
            {feedback.explanation}
          </p>
          <p className="mt-1 text-sm text-muted">{t("source", { title: feedback.source.title, at: feedback.source.at })}</p>
          <button
            type="button"
            className="btn btn-secondary mt-3"
            onClick={() => {
              setFeedback(null);
              setRound((r) => r + 1);
            }}
          >
            {t("tryAgain")}
          </button>
        </div>
      ) : (
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t("checking") : t("check")}
        </button>
      )}
    </form>
  );
}

/** A lesson's knowledge check: questions load from the server (no key in the page), feedback at once. */
export function KnowledgeCheck({ course, quiz }: { course: string; quiz: string }) {
  const t = useTranslations("quiz");
  const locale = useLocale();
  const [questions, setQuestions] = useState<PublicQuestion[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    fetch(`/api/quiz/knowledge-check?course=${encodeURIComponent(course)}&quiz=${encodeURIComponent(quiz)}&locale=${encodeURIComponent(locale)}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data) => !cancelled && setQuestions(data.questions))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [course, quiz, locale]);

  return (
    <section className="knowledge-check no-print my-8 space-y-4 rounded-lg bg-gray-100 p-5" aria-labelledby={`kc-${quiz}-title`} data-testid="knowledge-check">
      <h2 id={`kc-${quiz}-title`} className="!mt-0 text-xl font-semibold">
        {t("knowledgeCheck")}
      </h2>
      <p>{t("knowledgeCheckIntro")}</p>
      <noscript>
        <p>{t("needsJs")}</p>
      </noscript>
      {failed ? <p role="alert">{t("loadFailed")}</p> : null}
      {questions?.map((q, i) => <KnowledgeQuestion key={q.id} course={course} quiz={quiz} question={q} n={i + 1} total={questions.length} />)}
    </section>
  );
}
