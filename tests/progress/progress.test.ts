import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/db";
import { progressForCourse, progressForCourses, recordLessonCompleted, recordLessonOpened, type CourseOutline } from "@/lib/progress";
import type { Db } from "@/lib/db";

let db: Db;
let cleanup: () => Promise<void>;
let userId: string;
const course: CourseOutline = {
  slug: "demo",
  version: "1.abc",
  lessons: [
    { slug: "one", version: "v1", required: true },
    { slug: "two", version: "v2", required: true },
    { slug: "extra", version: "v3", required: false },
    { slug: "three", version: "v4", required: true },
  ],
};

beforeAll(async () => {
  ({ db, cleanup } = createTestDb());
  userId = (await db.user.create({ data: { email: "p@example.org", name: "P", passwordHash: "x" } })).id;
});
afterAll(() => cleanup());

describe("progress", () => {
  it("starts with nothing, and Continue points at the first lesson", async () => {
    const p = await progressForCourse(db, userId, course);
    expect(p).toMatchObject({ started: false, percent: 0, nextLesson: "one", completedLessons: [] });
  });

  it("opening a lesson enrols the learner and records it as started, once", async () => {
    await recordLessonOpened(db, userId, course, "one");
    await recordLessonOpened(db, userId, course, "one");
    expect(await db.enrollment.count({ where: { userId } })).toBe(1);
    expect(await db.lessonProgress.count({ where: { userId } })).toBe(1);
    expect((await progressForCourse(db, userId, course)).started).toBe(true);
  });

  it("two concurrent completions of one lesson make one row and keep the first time", async () => {
    const t1 = new Date("2026-11-28T10:00:00Z");
    const t2 = new Date("2026-11-28T10:00:01Z");
    await Promise.all([
      recordLessonCompleted(db, userId, course, "two", t1),
      recordLessonCompleted(db, userId, course, "two", t2),
      recordLessonCompleted(db, userId, course, "two", t2),
    ]);
    const rows = await db.lessonProgress.findMany({ where: { userId, lessonSlug: "two" } });
    expect(rows).toHaveLength(1);
    expect(rows[0].completedVersion).toBe("v2");
    await recordLessonCompleted(db, userId, course, "two", new Date("2026-12-01T00:00:00Z"));
    const again = await db.lessonProgress.findFirstOrThrow({ where: { userId, lessonSlug: "two" } });
    expect(again.completedAt).toEqual(rows[0].completedAt);
  });

  it("counts only required lessons in the percentage, and Continue skips completed ones", async () => {
    await recordLessonCompleted(db, userId, course, "one");
    await recordLessonCompleted(db, userId, course, "extra");
    const p = await progressForCourse(db, userId, course);
    expect(p.percent).toBe(67); // 2 of 3 required
    expect(p.nextLesson).toBe("three");
    expect(p.completedLessons).toEqual(["one", "two", "extra"]);
    expect(p.lessonsComplete).toBe(false);
    await recordLessonCompleted(db, userId, course, "three");
    expect(await progressForCourse(db, userId, course)).toMatchObject({ percent: 100, lessonsComplete: true });
  });

  it("keeps learners apart and refuses unknown lessons", async () => {
    const other = (await db.user.create({ data: { email: "q@example.org", name: "Q", passwordHash: "x" } })).id;
    expect((await progressForCourses(db, other, [course]))[0].started).toBe(false);
    await expect(recordLessonCompleted(db, other, course, "nope")).rejects.toThrow(/Unknown lesson/);
  });
});
