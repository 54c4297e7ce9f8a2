import type { Db } from "@/lib/db";
import { emitDomainEvent } from "@/lib/events";
import { progressForCourse, type CourseOutline } from "./index";

/**
 * A course is complete when every required lesson is complete and its final assessment (if any) is
 * passed. Completion is recorded once, with its time and the course version, and then — only by the
 * call that recorded it — announced as `course.completed`.
 */
export async function recordCourseCompletionIfDone(
  db: Db,
  userId: string,
  course: CourseOutline,
  now = new Date(),
): Promise<{ complete: boolean; newlyCompleted: boolean }> {
  const progress = await progressForCourse(db, userId, course);
  if (progress.completedAt) return { complete: true, newlyCompleted: false };
  if (!progress.lessonsComplete) return { complete: false, newlyCompleted: false };
  let attemptId: string | null = null;
  if (course.assessment) {
    const passed = await db.quizAttempt.findFirst({
      where: { userId, courseSlug: course.slug, quizId: course.assessment, passed: true },
      orderBy: { submittedAt: "asc" },
      select: { id: true },
    });
    if (!passed) return { complete: false, newlyCompleted: false };
    attemptId = passed.id;
  }
  const claimed = await db.enrollment.updateMany({
    where: { userId, courseSlug: course.slug, completedAt: null },
    data: { completedAt: now, completedVersion: course.version, completedAttemptId: attemptId },
  });
  if (claimed.count !== 1) return { complete: true, newlyCompleted: false };
  await emitDomainEvent({ type: "course.completed", userId, course, completedAt: now, attemptId }, { db });
  return { complete: true, newlyCompleted: true };
}
