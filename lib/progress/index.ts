import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** What progress needs to know about a course (from lib/content). */
export type CourseOutline = {
  slug: string;
  version: string;
  lessons: { slug: string; version: string; required: boolean }[];
  /** Id of the final assessment, when the course has one. */
  assessment?: string;
  /** The course title (English) and certificate validity, as certificates record them at issue. */
  title?: string;
  certificateValidityMonths?: number;
};

export type CourseProgress = {
  courseSlug: string;
  started: boolean;
  completedLessons: string[];
  openedLessons: string[];
  /** Percent of required lessons complete (0–100). */
  percent: number;
  /** The first required lesson not yet complete (or the first lesson if none started). */
  nextLesson: string | null;
  lessonsComplete: boolean;
  completedAt: Date | null;
};

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Creates a row unless it exists; a concurrent create of the same row is not an error. */
async function createOnce(create: () => Promise<unknown>): Promise<void> {
  try {
    await create();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
  }
}

function findLesson(course: CourseOutline, lessonSlug: string) {
  const lesson = course.lessons.find((l) => l.slug === lessonSlug);
  if (!lesson) throw new Error(`Unknown lesson ${course.slug}/${lessonSlug}`);
  return lesson;
}

async function ensureEnrollment(db: Db, userId: string, course: CourseOutline) {
  const existing = await db.enrollment.findUnique({ where: { userId_courseSlug: { userId, courseSlug: course.slug } } });
  if (!existing) await createOnce(() => db.enrollment.create({ data: { userId, courseSlug: course.slug, courseVersion: course.version } }));
}

/** Opening a lesson records it as started (once). */
export async function recordLessonOpened(db: Db, userId: string, course: CourseOutline, lessonSlug: string): Promise<void> {
  const lesson = findLesson(course, lessonSlug);
  await ensureEnrollment(db, userId, course);
  const key = { userId_courseSlug_lessonSlug: { userId, courseSlug: course.slug, lessonSlug } };
  if (await db.lessonProgress.findUnique({ where: key, select: { id: true } })) return;
  await createOnce(() => db.lessonProgress.create({ data: { userId, courseSlug: course.slug, lessonSlug, lessonVersion: lesson.version } }));
}

/**
 * Marks a lesson complete. Idempotent: a double click or two tabs make one record, and the first
 * completion (time and lesson version) is kept.
 */
export async function recordLessonCompleted(db: Db, userId: string, course: CourseOutline, lessonSlug: string, now = new Date()): Promise<void> {
  const lesson = findLesson(course, lessonSlug);
  await recordLessonOpened(db, userId, course, lessonSlug);
  await db.lessonProgress.updateMany({
    where: { userId, courseSlug: course.slug, lessonSlug, completedAt: null },
    data: { completedAt: now, completedVersion: lesson.version },
  });
}

function summarise(course: CourseOutline, rows: { lessonSlug: string; completedAt: Date | null }[], completedAt: Date | null, started: boolean): CourseProgress {
  const known = new Set(course.lessons.map((l) => l.slug));
  const completed = rows.filter((r) => r.completedAt && known.has(r.lessonSlug)).map((r) => r.lessonSlug);
  const opened = rows.filter((r) => known.has(r.lessonSlug)).map((r) => r.lessonSlug);
  const done = new Set(completed);
  const required = course.lessons.filter((l) => l.required);
  const requiredDone = required.filter((l) => done.has(l.slug)).length;
  const next = required.find((l) => !done.has(l.slug)) ?? course.lessons.find((l) => !done.has(l.slug)) ?? null;
  return {
    courseSlug: course.slug,
    started,
    completedLessons: course.lessons.filter((l) => done.has(l.slug)).map((l) => l.slug),
    openedLessons: opened,
    percent: required.length ? Math.round((requiredDone / required.length) * 100) : 100,
    nextLesson: next?.slug ?? null,
    lessonsComplete: requiredDone === required.length,
    completedAt,
  };
}

/** A learner's progress in each of the given courses (two queries, whatever the number of courses). */
export async function progressForCourses(db: Db, userId: string, courses: CourseOutline[]): Promise<CourseProgress[]> {
  const [enrollments, rows] = await Promise.all([
    db.enrollment.findMany({ where: { userId } }),
    db.lessonProgress.findMany({ where: { userId }, select: { courseSlug: true, lessonSlug: true, completedAt: true } }),
  ]);
  return courses.map((course) => {
    const enrollment = enrollments.find((e) => e.courseSlug === course.slug);
    return summarise(
      course,
      rows.filter((r) => r.courseSlug === course.slug),
      enrollment?.completedAt ?? null,
      !!enrollment,
    );
  });
}

export async function progressForCourse(db: Db, userId: string, course: CourseOutline): Promise<CourseProgress> {
  return (await progressForCourses(db, userId, [course]))[0];
}
