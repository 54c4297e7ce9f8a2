import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../helpers/db";
import type { Db } from "@/lib/db";
import type { QuestionDefinition } from "@/lib/content/schema";
import type { CourseOutline } from "@/lib/progress";
import { recordLessonCompleted } from "@/lib/progress";
import { attemptStatus, drawQuestions, getAttemptForLearner, startAttempt, submitAttempt, type Assessment } from "@/lib/quiz/attempts";
import { publicKeyOf } from "@/lib/quiz/registry";
import { onDomainEvent, type DomainEvent } from "@/lib/events";

let db: Db;
let cleanup: () => Promise<void>;
const events: DomainEvent[] = [];
onDomainEvent("course.completed", async (e) => {
  events.push(e);
});

const pool: QuestionDefinition[] = Array.from({ length: 12 }, (_, i) => ({
  id: `q${i}`,
  type: "true-false" as const,
  prompt: `Statement ${i}`,
  answer: i % 2 === 0,
  explanation: "Because.",
  source: { id: "opsc", at: "art. 1" },
}));
const quiz: Assessment = { id: "final", draw: 5, passMark: 80, maxAttempts: 3, review: "after-each-attempt", questions: pool };
const course: CourseOutline = { slug: "demo", version: "1.x", lessons: [{ slug: "l1", version: "v", required: true }], assessment: "final" };

async function newUser(name: string) {
  return (await db.user.create({ data: { email: `${name}-${Math.random()}@example.org`, name, passwordHash: "x" } })).id;
}
/** Answers for an attempt: all right, or the first `wrong` ones wrong. */
function answersFor(questionIds: string[], wrong = 0) {
  return Object.fromEntries(
    questionIds.map((id, i) => {
      const q = pool.find((p) => p.id === id)!;
      const right = q.type === "true-false" && q.answer;
      return [id, String(i < wrong ? !right : right)];
    }),
  );
}

beforeAll(() => ({ db, cleanup } = createTestDb()));
afterAll(() => cleanup());

describe("drawing questions", () => {
  it("draws the configured number of distinct questions", () => {
    const ids = drawQuestions(pool, 5);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });
  it("draws different subsets over many draws, covering the whole pool", () => {
    const subsets = new Set<string>();
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const ids = drawQuestions(pool, 5);
      subsets.add([...ids].sort().join());
      ids.forEach((id) => seen.add(id));
    }
    expect(subsets.size).toBeGreaterThan(50);
    expect(seen.size).toBe(pool.length);
  });
  it("keeps the same questions for the whole attempt", async () => {
    const user = await newUser("stable");
    const first = await startAttempt(db, user, course, quiz);
    const again = await startAttempt(db, user, course, quiz);
    if (!first.ok || !again.ok) throw new Error("start failed");
    expect(again.resumed).toBe(true);
    expect(again.attempt.id).toBe(first.attempt.id);
    const view1 = await getAttemptForLearner(db, user, first.attempt.id, quiz);
    const view2 = await getAttemptForLearner(db, user, first.attempt.id, quiz);
    expect(view1!.questions).toEqual(view2!.questions);
  });
});

describe("attempt limit", () => {
  it("parallel starts never exceed maxAttempts", async () => {
    const user = await newUser("racer");
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(Array.from({ length: 6 }, () => startAttempt(db, user, course, quiz)));
      const ids = new Set(results.filter((r) => r.ok).map((r) => (r.ok ? r.attempt.id : "")));
      expect(ids.size).toBe(1); // everyone got the same open attempt
      const attempt = results.find((r) => r.ok)!;
      if (!attempt.ok) throw new Error();
      await submitAttempt(db, user, attempt.attempt.id, course, quiz, {});
    }
    expect(await startAttempt(db, user, course, quiz)).toEqual({ ok: false, error: "attemptLimit" });
    expect(await db.quizAttempt.count({ where: { userId: user } })).toBe(3);
  });
});

describe("time limit", () => {
  const timed: Assessment = { ...quiz, id: "timed", timeLimitMinutes: 10 };
  it("refuses a submission after the time limit and changes nothing", async () => {
    const user = await newUser("slow");
    const t0 = new Date("2026-11-28T10:00:00Z");
    const started = await startAttempt(db, user, course, timed, t0);
    if (!started.ok) throw new Error();
    expect(started.attempt.expiresAt).toEqual(new Date("2026-11-28T10:10:00Z"));
    const late = new Date("2026-11-28T10:11:00Z");
    const ids: string[] = JSON.parse(started.attempt.questionIds);
    expect(await submitAttempt(db, user, started.attempt.id, course, timed, answersFor(ids), late)).toEqual({ ok: false, error: "expired" });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: started.attempt.id } });
    expect(row.submittedAt).toBeNull();
    expect(attemptStatus(row, late)).toBe("expired");
    // An expired attempt is not resumed: a new one starts.
    const next = await startAttempt(db, user, course, timed, late);
    expect(next.ok && next.attempt.id !== started.attempt.id && next.attempt.attemptNumber === 2).toBe(true);
  });
  it("accepts a submission just inside the limit", async () => {
    const user = await newUser("quick");
    const t0 = new Date("2026-11-28T10:00:00Z");
    const started = await startAttempt(db, user, course, timed, t0);
    if (!started.ok) throw new Error();
    const ids: string[] = JSON.parse(started.attempt.questionIds);
    const result = await submitAttempt(db, user, started.attempt.id, course, timed, answersFor(ids), new Date("2026-11-28T10:09:59Z"));
    expect(result).toMatchObject({ ok: true });
  });
});

describe("submission", () => {
  it("grades once: a second (or parallel) submission returns the first result", async () => {
    const user = await newUser("twice");
    const started = await startAttempt(db, user, course, quiz);
    if (!started.ok) throw new Error();
    const ids: string[] = JSON.parse(started.attempt.questionIds);
    const [a, b] = await Promise.all([
      submitAttempt(db, user, started.attempt.id, course, quiz, answersFor(ids, 0)),
      submitAttempt(db, user, started.attempt.id, course, quiz, answersFor(ids, 5)),
    ]);
    if (!a.ok || !b.ok) throw new Error("submit failed");
    expect(a.attempt.percent).toBe(b.attempt.percent);
    expect([a.alreadySubmitted, b.alreadySubmitted].sort()).toEqual([false, true]);
    const third = await submitAttempt(db, user, started.attempt.id, course, quiz, answersFor(ids, 5));
    expect(third.ok && third.alreadySubmitted && third.attempt.percent === a.attempt.percent).toBe(true);
  });

  it("scores against the pass mark: 4 of 5 passes at 80%, 3 of 5 fails", async () => {
    const user = await newUser("marks");
    let s = await startAttempt(db, user, course, quiz);
    if (!s.ok) throw new Error();
    let r = await submitAttempt(db, user, s.attempt.id, course, quiz, answersFor(JSON.parse(s.attempt.questionIds), 2));
    expect(r.ok && r.attempt.percent === 60 && r.attempt.passed === false).toBe(true);
    s = await startAttempt(db, user, course, quiz);
    if (!s.ok) throw new Error();
    r = await submitAttempt(db, user, s.attempt.id, course, quiz, answersFor(JSON.parse(s.attempt.questionIds), 1));
    expect(r.ok && r.attempt.percent === 80 && r.attempt.passed === true).toBe(true);
  });

  it("refuses other learners' attempts, questions outside the attempt, and malformed answers (keeping a draft)", async () => {
    const owner = await newUser("owner");
    const intruder = await newUser("intruder");
    const s = await startAttempt(db, owner, course, quiz);
    if (!s.ok) throw new Error();
    const ids: string[] = JSON.parse(s.attempt.questionIds);
    expect(await submitAttempt(db, intruder, s.attempt.id, course, quiz, answersFor(ids))).toEqual({ ok: false, error: "notFound" });
    expect(await getAttemptForLearner(db, intruder, s.attempt.id, quiz)).toBeNull();
    const outside = pool.find((q) => !ids.includes(q.id))!.id;
    expect(await submitAttempt(db, owner, s.attempt.id, course, quiz, { [outside]: "true" })).toEqual({ ok: false, error: "unknownQuestion" });
    const bad = { ...answersFor(ids), [ids[0]]: "perhaps" };
    expect(await submitAttempt(db, owner, s.attempt.id, course, quiz, bad)).toEqual({ ok: false, error: "malformed", questions: [ids[0]] });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: s.attempt.id } });
    expect(row.submittedAt).toBeNull();
    expect(JSON.parse(row.draftAnswers!)[ids[1]]).toBe(bad[ids[1]]);
  });

  it("completes the course once, when lessons are done and the assessment is passed, and emits one event", async () => {
    const user = await newUser("completer");
    const s = await startAttempt(db, user, course, quiz);
    if (!s.ok) throw new Error();
    const r = await submitAttempt(db, user, s.attempt.id, course, quiz, answersFor(JSON.parse(s.attempt.questionIds)));
    expect(r.ok && r.attempt.passed && !r.courseCompleted).toBe(true); // lessons not done yet
    await recordLessonCompleted(db, user, course, "l1");
    const { recordCourseCompletionIfDone } = await import("@/lib/progress/completion");
    const [x, y] = await Promise.all([recordCourseCompletionIfDone(db, user, course), recordCourseCompletionIfDone(db, user, course)]);
    expect([x.newlyCompleted, y.newlyCompleted].filter(Boolean)).toHaveLength(1);
    expect(events.filter((e) => e.userId === user)).toEqual([
      expect.objectContaining({ type: "course.completed", course: expect.objectContaining({ slug: "demo", version: "1.x" }), attemptId: s.attempt.id }),
    ]);
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { userId: user } });
    expect(enrollment.completedVersion).toBe("1.x");
  });

  it("the key stays on the server: public questions of an attempt reveal nothing gradeable", async () => {
    const user = await newUser("peek");
    const s = await startAttempt(db, user, course, quiz);
    if (!s.ok) throw new Error();
    const view = await getAttemptForLearner(db, user, s.attempt.id, quiz);
    expect(JSON.stringify(view!.questions)).not.toMatch(/"answer"|"correct"|Because\./);
    expect(publicKeyOf(pool[0], "x")).toEqual({ type: "true-false", answer: true });
  });
});
