import "server-only";
import { courseOutline, getCourse, quizInLocale } from "@/lib/content";
import type { Assessment } from "./attempts";

/** A course's final assessment (texts in `locale`) with its outline, or undefined when the course has none. */
export function assessmentOf(courseSlug: string, locale = "en"): { course: NonNullable<ReturnType<typeof getCourse>>; outline: ReturnType<typeof courseOutline>; quiz: Assessment } | undefined {
  const course = getCourse(courseSlug);
  const quiz = course?.meta.assessment ? course.quizzes[course.meta.assessment] : undefined;
  if (!course || !quiz || quiz.kind !== "assessment") return undefined;
  return { course, outline: courseOutline(course), quiz: locale === "en" ? quiz : quizInLocale(quiz, locale) };
}
