import "server-only";
import path from "node:path";
import type { CourseOutline } from "@/lib/progress";
import { loadContent, type LoadedContent, type LoadedCourse, type LoadedLesson, type LoadedQuiz } from "./load";
import { ContentError } from "./problems";
import type { Resource } from "./schema";

let cache: LoadedContent | undefined;

/**
 * All content, loaded once per process from lessons/ and validated (the build already ran
 * content:check, so an error here means the files changed after the build).
 * Server-only: it holds the quiz answer keys.
 */
function content(): LoadedContent {
  if (!cache) {
    const loaded = loadContent(path.join(/* turbopackIgnore: true */ process.cwd(), "lessons"));
    if (loaded.problems.errors.length) throw new ContentError(loaded.problems.errors);
    cache = loaded;
  }
  return cache;
}

import { quizInLocale } from "./localized";
export { localized, localizedList, isTranslated, fallbackLang, lessonInLocale, lessonSummary, quizInLocale } from "./localized";

export function listCourses(): LoadedCourse[] {
  return content().courses;
}

export function getCourse(slug: string): LoadedCourse | undefined {
  return content().courses.find((c) => c.slug === slug);
}

export function getLesson(courseSlug: string, lessonSlug: string): { course: LoadedCourse; lesson: LoadedLesson } | undefined {
  const course = getCourse(courseSlug);
  const lesson = course?.lessons.find((l) => l.slug === lessonSlug);
  return course && lesson ? { course, lesson } : undefined;
}

/** A quiz with its texts in `locale` (English for untranslated questions); answers and ids are the English file's. */
export function getQuiz(courseSlug: string, quizId: string, locale = "en"): LoadedQuiz | undefined {
  const quiz = getCourse(courseSlug)?.quizzes[quizId];
  return quiz && locale !== "en" ? quizInLocale(quiz, locale) : quiz;
}

export function listResources(): Resource[] {
  return content().resources;
}

export function listSupportServices() {
  return content().support;
}

export function getResource(id: string): Resource | undefined {
  return content().resources.find((r) => r.id === id);
}

/** The shape progress tracking needs. */
export function courseOutline(course: LoadedCourse): CourseOutline {
  return {
    slug: course.slug,
    version: course.version,
    lessons: course.lessons.map((l) => ({ slug: l.slug, version: l.version, required: l.meta.required })),
    assessment: course.meta.assessment,
    title: course.meta.title.en,
    certificateValidityMonths: course.meta.certificate?.validityMonths,
  };
}

export type { LoadedCourse, LoadedLesson, LoadedQuiz };
