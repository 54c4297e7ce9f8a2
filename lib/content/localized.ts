import type { LoadedLesson, LoadedQuiz } from "./load";
import type { Localized, QuestionDefinition, QuizFile } from "./schema";

/** Text in the reader's language, English when there is no translation. */
export function localized(text: Localized, locale: string): string {
  return text[locale] ?? text.en;
}

/** A list (e.g. objectives) in the reader's language, English when there is no translation. */
export function localizedList(list: { en: string[]; [locale: string]: string[] }, locale: string): string[] {
  return list[locale] ?? list.en;
}

/** Whether a text is shown in the reader's language or falls back to English. */
export function isTranslated(text: Record<string, unknown>, locale: string): boolean {
  return locale === "en" || text[locale] !== undefined;
}

/** A lesson as a learner reads it: their language when translated, otherwise English with `fallback`. */
export type LessonInLocale = {
  meta: LoadedLesson["meta"];
  body: string;
  /** The language the text is in ("en" when falling back). */
  lang: string;
  /** True when the learner's language has no translation and English is shown. */
  fallback: boolean;
  /** True when the translation was made from an older English version. */
  stale: boolean;
};

export function lessonInLocale(lesson: LoadedLesson, locale: string): LessonInLocale {
  const tr = locale === "en" ? undefined : lesson.translations[locale];
  if (tr) return { meta: { ...tr.meta, minutes: lesson.meta.minutes, required: lesson.meta.required }, body: tr.body, lang: locale, fallback: false, stale: tr.stale };
  return { meta: lesson.meta, body: lesson.body, lang: "en", fallback: locale !== "en", stale: false };
}

/** A lesson's title, summary, objectives and content note for syllabi and headings, with the language they are in. */
export function lessonSummary(lesson: LoadedLesson, locale: string): { title: string; summary: string; objectives: string[]; contentNote?: string; lang: string } {
  const full = locale === "en" ? undefined : lesson.translations[locale];
  if (full) return { title: full.meta.title, summary: full.meta.summary, objectives: full.meta.objectives, contentNote: full.meta.contentNote, lang: locale };
  const syllabus = locale === "en" ? undefined : lesson.syllabus[locale];
  if (syllabus) return { ...syllabus, lang: locale };
  const { title, summary, objectives, contentNote } = lesson.meta;
  return { title, summary, objectives, contentNote, lang: "en" };
}

/** A question with its texts in one language; `fallback` marks one shown in English. */
export type QuestionInLocale = QuestionDefinition & { fallback?: boolean };

/**
 * The quiz with its texts in the learner's language, question by question (English where a question
 * is not translated, marked `fallback`). Ids, answers and scoring are the English file's, untouched:
 * grading never depends on the language.
 */
export function quizInLocale<Q extends QuizFile>(quiz: Q & Pick<LoadedQuiz, "translations">, locale: string): Q & { questions: QuestionInLocale[] } {
  const tr = locale === "en" ? undefined : quiz.translations[locale];
  const questions = quiz.questions.map((q): QuestionInLocale => {
    const t = tr?.questions[q.id];
    if (!t) return locale === "en" ? q : { ...q, fallback: true };
    const base = { ...q, prompt: t.prompt ?? q.prompt, explanation: t.explanation ?? q.explanation };
    switch (base.type) {
      case "single":
      case "multiple":
        return { ...base, options: base.options.map((o) => ({ ...o, text: t.options?.[o.id] ?? o.text })) };
      case "matching":
        return { ...base, pairs: base.pairs.map((p) => ({ ...p, ...(t.pairs?.[p.id] ?? {}) })) };
      case "ordering":
        return { ...base, items: base.items.map((i) => ({ ...i, text: t.items?.[i.id] ?? i.text })) };
      default:
        return base;
    }
  });
  return { ...quiz, questions };
}

/** `lang`/`dir` attributes for text that falls back to English on a page in another language (else none). */
export function fallbackLang(text: Record<string, unknown>, locale: string): { lang?: "en"; dir?: "ltr" } {
  return isTranslated(text, locale) ? {} : { lang: "en", dir: "ltr" };
}
