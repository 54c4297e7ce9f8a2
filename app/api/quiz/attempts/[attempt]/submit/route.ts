import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isKnownLocale } from "@/i18n/messages";
import { jsonError, seeOther } from "@/lib/http/json";
import { readFormOrJson } from "@/lib/http/form-or-json";
import { answersFromForm } from "@/lib/quiz/form";
import { getAttemptForLearner, submitAttempt } from "@/lib/quiz/attempts";
import { assessmentOf } from "@/lib/quiz/assessment-of";

const jsonSchema = z.object({ course: z.string().max(100), answers: z.record(z.string().max(100), z.unknown()) });

/**
 * Grades an attempt. Only its owner may submit, only while it is open, only with answers to its own
 * questions; a repeated submission returns the first result. Form posts are redirected to the review.
 */
export async function POST(request: Request, { params }: { params: Promise<{ attempt: string }> }) {
  const { attempt: attemptId } = await params;
  const user = await getCurrentUser();
  if (!user) return jsonError(401, "signInRequired");
  const read = await readFormOrJson(request, 64 * 1024);
  if (!read.ok) return read.response;

  const fields = read.kind === "form" ? Object.fromEntries(read.entries) : null;
  const parsedJson = read.kind === "json" ? jsonSchema.safeParse(read.body) : null;
  if (parsedJson && !parsedJson.success) return jsonError(400, "badRequest");
  const found = assessmentOf(parsedJson?.data?.course ?? String(fields?.course ?? ""));
  if (!found) return jsonError(404, "notFound");
  const locale = fields && isKnownLocale(String(fields.locale)) ? String(fields.locale) : "en";

  let answers: Record<string, unknown>;
  if (read.kind === "json") {
    answers = parsedJson!.data!.answers;
  } else {
    // Form fields name questions and opaque tokens; read them against this learner's own attempt.
    const view = await getAttemptForLearner(db, user.id, attemptId, found.quiz);
    if (!view) return jsonError(404, "notFound");
    const parsed = answersFromForm(read.entries, view.questions);
    if (parsed.unknownFields.length) return jsonError(400, "unknownQuestion");
    answers = parsed.answers;
  }

  const result = await submitAttempt(db, user.id, attemptId, found.outline, found.quiz, answers);
  const base = `/${locale}/assessments/${found.course.slug}/attempts/${attemptId}`;
  if (!result.ok) {
    const status = { notFound: 404, expired: 410, unknownQuestion: 400, malformed: 400 }[result.error];
    if (read.kind === "form" && (result.error === "malformed" || result.error === "expired")) {
      const q = result.error === "malformed" ? `&questions=${result.questions.join(",")}` : "";
      return seeOther(`${base}?error=${result.error}${q}`);
    }
    return jsonError(status, result.error, result.error === "malformed" ? { questions: result.questions } : {});
  }
  if (read.kind === "form") return seeOther(`${base}/review`);
  const a = result.attempt;
  return NextResponse.json({ percent: a.percent, passed: a.passed, alreadySubmitted: result.alreadySubmitted, courseCompleted: result.courseCompleted });
}
