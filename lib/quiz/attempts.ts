import { randomBytes, randomInt } from "node:crypto";
import type { Db } from "@/lib/db";
import { Prisma, type QuizAttempt } from "@/lib/generated/prisma/client";
import type { AssessmentFile, QuestionDefinition } from "@/lib/content/schema";
import type { CourseOutline } from "@/lib/progress";
import { recordCourseCompletionIfDone } from "@/lib/progress/completion";
import { emitDomainEvent } from "@/lib/events";
import { gradeAnswer, publicKeyOf, toPublicQuestion, type Grade, type PublicKey, type PublicQuestion } from "./registry";

/** Seconds accepted after the time limit, for the time a submission takes to arrive. */
export const SUBMIT_GRACE_MS = 30_000;

export type Assessment = Pick<AssessmentFile, "id" | "draw" | "passMark" | "maxAttempts" | "timeLimitMinutes" | "review" | "questions">;
export type AttemptStatus = "open" | "submitted" | "expired";

export function attemptStatus(attempt: Pick<QuizAttempt, "submittedAt" | "expiresAt">, now = new Date()): AttemptStatus {
  if (attempt.submittedAt) return "submitted";
  if (attempt.expiresAt && attempt.expiresAt.getTime() + SUBMIT_GRACE_MS < now.getTime()) return "expired";
  return "open";
}

/** Draws `count` distinct questions uniformly at random (crypto-strength), in random order. */
export function drawQuestions(pool: readonly QuestionDefinition[], count: number): string[] {
  const ids = pool.map((q) => q.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids.slice(0, Math.min(count, ids.length));
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

export type StartResult = { ok: true; attempt: QuizAttempt; resumed: boolean } | { ok: false; error: "attemptLimit" };

/**
 * Starts an attempt, or returns the learner's open one. Attempt numbers are unique per learner and
 * quiz, so parallel starts cannot exceed `maxAttempts`: the loser of a race re-reads and resumes.
 */
export async function startAttempt(db: Db, userId: string, course: CourseOutline, quiz: Assessment, now = new Date()): Promise<StartResult> {
  for (let tries = 0; tries < 5; tries++) {
    const attempts = await db.quizAttempt.findMany({
      where: { userId, courseSlug: course.slug, quizId: quiz.id },
      orderBy: { attemptNumber: "desc" },
    });
    const open = attempts.find((a) => attemptStatus(a, now) === "open");
    if (open) return { ok: true, attempt: open, resumed: true };
    const next = (attempts[0]?.attemptNumber ?? 0) + 1;
    if (quiz.maxAttempts && next > quiz.maxAttempts) return { ok: false, error: "attemptLimit" };
    try {
      const attempt = await db.quizAttempt.create({
        data: {
          userId,
          courseSlug: course.slug,
          quizId: quiz.id,
          courseVersion: course.version,
          attemptNumber: next,
          seed: randomBytes(32).toString("base64url"),
          questionIds: JSON.stringify(drawQuestions(quiz.questions, quiz.draw)),
          startedAt: now,
          expiresAt: quiz.timeLimitMinutes ? new Date(now.getTime() + quiz.timeLimitMinutes * 60_000) : null,
        },
      });
      return { ok: true, attempt, resumed: false };
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new Error("Could not start an attempt after several tries");
}

function drawnQuestions(attempt: QuizAttempt, quiz: Assessment): QuestionDefinition[] {
  const ids: string[] = JSON.parse(attempt.questionIds);
  return ids.map((id) => quiz.questions.find((q) => q.id === id)).filter((q): q is QuestionDefinition => !!q);
}

/** The attempt as its owner sees it while answering: questions without any key. Null if not theirs. */
export async function getAttemptForLearner(db: Db, userId: string, attemptId: string, quiz: Assessment) {
  const attempt = await db.quizAttempt.findFirst({ where: { id: attemptId, userId, quizId: quiz.id } });
  if (!attempt) return null;
  return {
    attempt,
    status: attemptStatus(attempt),
    questions: drawnQuestions(attempt, quiz).map((q) => toPublicQuestion(q, attempt.seed)),
    draft: attempt.draftAnswers ? (JSON.parse(attempt.draftAnswers) as Record<string, unknown>) : {},
  };
}

export type SubmitResult =
  | { ok: true; attempt: QuizAttempt; alreadySubmitted: boolean; courseCompleted: boolean }
  | { ok: false; error: "notFound" | "expired" | "unknownQuestion" }
  | { ok: false; error: "malformed"; questions: string[] };

/**
 * Grades an attempt on the server. Checks that it belongs to the learner, is still open, and that
 * every answer refers to one of its questions. Submitting twice grades once.
 */
export async function submitAttempt(
  db: Db,
  userId: string,
  attemptId: string,
  course: CourseOutline,
  quiz: Assessment,
  answers: Record<string, unknown>,
  now = new Date(),
): Promise<SubmitResult> {
  const attempt = await db.quizAttempt.findFirst({ where: { id: attemptId, userId, courseSlug: course.slug, quizId: quiz.id } });
  if (!attempt) return { ok: false, error: "notFound" };
  if (attempt.submittedAt) return { ok: true, attempt, alreadySubmitted: true, courseCompleted: false };
  if (attemptStatus(attempt, now) === "expired") return { ok: false, error: "expired" };

  const questions = drawnQuestions(attempt, quiz);
  const drawn = new Set(questions.map((q) => q.id));
  if (Object.keys(answers).some((id) => !drawn.has(id))) return { ok: false, error: "unknownQuestion" };

  const grades: Record<string, Grade> = {};
  for (const q of questions) grades[q.id] = gradeAnswer(q, attempt.seed, answers[q.id]);
  const malformed = Object.entries(grades).filter(([, g]) => g.malformed).map(([id]) => id);
  if (malformed.length) {
    await db.quizAttempt.updateMany({ where: { id: attempt.id, submittedAt: null }, data: { draftAnswers: JSON.stringify(answers) } });
    return { ok: false, error: "malformed", questions: malformed };
  }

  const score = Object.values(grades).reduce((s, g) => s + g.score, 0);
  const maxScore = Object.values(grades).reduce((s, g) => s + g.max, 0);
  const ratio = maxScore ? score / maxScore : 0;
  const claimed = await db.quizAttempt.updateMany({
    where: { id: attempt.id, submittedAt: null },
    data: {
      answers: JSON.stringify(answers),
      results: JSON.stringify(grades),
      draftAnswers: null,
      score,
      maxScore,
      percent: Math.floor(ratio * 100 + 1e-9),
      passed: ratio * 100 + 1e-9 >= quiz.passMark,
      submittedAt: now,
    },
  });
  const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
  if (claimed.count !== 1) return { ok: true, attempt: stored, alreadySubmitted: true, courseCompleted: false };
  const completion = stored.passed ? await recordCourseCompletionIfDone(db, userId, course, now) : { newlyCompleted: false };
  if (stored.passed) await emitDomainEvent({ type: "assessment.passed", userId, course, passedAt: now, attemptId: stored.id }, { db });
  return { ok: true, attempt: stored, alreadySubmitted: false, courseCompleted: completion.newlyCompleted };
}

export type ReviewItem = {
  question: PublicQuestion;
  answer: unknown;
  grade: Grade;
  key: PublicKey;
  explanation: string;
  source: { id: string; at: string };
};

/** Whether the learner may see the answers of a submitted attempt, under the quiz's review policy. */
export async function mayReview(db: Db, attempt: QuizAttempt, quiz: Assessment): Promise<boolean> {
  if (!attempt.submittedAt) return false;
  if (quiz.review === "after-each-attempt") return true;
  const passed = await db.quizAttempt.count({ where: { userId: attempt.userId, courseSlug: attempt.courseSlug, quizId: quiz.id, passed: true } });
  return passed > 0;
}

/** The review of a submitted attempt: each question with the learner's answer, the key and why. */
export function reviewItems(attempt: QuizAttempt, quiz: Assessment): ReviewItem[] {
  const answers: Record<string, unknown> = attempt.answers ? JSON.parse(attempt.answers) : {};
  const grades: Record<string, Grade> = attempt.results ? JSON.parse(attempt.results) : {};
  return drawnQuestions(attempt, quiz).map((q) => ({
    question: toPublicQuestion(q, attempt.seed),
    answer: answers[q.id],
    grade: grades[q.id] ?? gradeAnswer(q, attempt.seed, answers[q.id]),
    key: publicKeyOf(q, attempt.seed),
    explanation: q.explanation,
    source: q.source,
  }));
}

/** A learner's attempts at one quiz, newest first (for the course page and the assessment page). */
export async function attemptHistory(db: Db, userId: string, courseSlug: string, quizId: string) {
  const attempts = await db.quizAttempt.findMany({
    where: { userId, courseSlug, quizId },
    orderBy: { attemptNumber: "desc" },
    select: { id: true, attemptNumber: true, startedAt: true, submittedAt: true, expiresAt: true, percent: true, passed: true },
  });
  return attempts.map((a) => ({ ...a, status: attemptStatus(a) }));
}
