import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { courseOutline, getCourse, listCourses } from "@/lib/content";
import { progressForCourse, progressForCourses, recordLessonCompleted, recordLessonOpened } from "@/lib/progress";
import { recordCourseCompletionIfDone } from "@/lib/progress/completion";
import { jsonError, readJsonBody } from "@/lib/http/json";

const noStore = { "Cache-Control": "no-store" };

/** The signed-in learner's progress in every course (signed out: nothing). */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ signedIn: false, courses: [] }, { headers: noStore });
  const courses = await progressForCourses(db, user.id, listCourses().map(courseOutline));
  return NextResponse.json({ signedIn: true, courses }, { headers: noStore });
}

const eventSchema = z.strictObject({
  course: z.string().max(100),
  lesson: z.string().max(100),
  event: z.enum(["opened", "completed"]),
});

/** Records that the signed-in learner opened or completed a lesson (idempotent). */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return jsonError(401, "signInRequired");
  const read = await readJsonBody(request, 2048);
  if (!read.ok) return read.response;
  const parsed = eventSchema.safeParse(read.body);
  if (!parsed.success) return jsonError(400, "badRequest");
  const course = getCourse(parsed.data.course);
  if (!course || !course.lessons.some((l) => l.slug === parsed.data.lesson)) return jsonError(404, "notFound");
  const outline = courseOutline(course);
  if (parsed.data.event === "opened") await recordLessonOpened(db, user.id, outline, parsed.data.lesson);
  else {
    await recordLessonCompleted(db, user.id, outline, parsed.data.lesson);
    await recordCourseCompletionIfDone(db, user.id, outline);
  }
  return NextResponse.json({ ok: true, progress: await progressForCourse(db, user.id, outline) }, { headers: noStore });
}
