import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isKnownLocale } from "@/i18n/messages";
import { jsonError, seeOther } from "@/lib/http/json";
import { readFormOrJson } from "@/lib/http/form-or-json";
import { attemptHistory, startAttempt } from "@/lib/quiz/attempts";
import { assessmentOf } from "@/lib/quiz/assessment-of";

const noStore = { "Cache-Control": "no-store" };

/** The signed-in learner's attempts at a course's assessment (for the course page). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ signedIn: false, attempts: [] }, { headers: noStore });
  const found = assessmentOf(new URL(request.url).searchParams.get("course") ?? "");
  if (!found) return jsonError(404, "notFound");
  const attempts = await attemptHistory(db, user.id, found.course.slug, found.quiz.id);
  return NextResponse.json({ signedIn: true, attempts }, { headers: noStore });
}

const startSchema = z.object({ course: z.string().max(100), locale: z.string().max(10).optional() });

/** Starts (or resumes) an attempt. A form post is redirected to the attempt page. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  const read = await readFormOrJson(request, 4096);
  if (!read.ok) return read.response;
  const input = read.kind === "json" ? read.body : Object.fromEntries(read.entries);
  const parsed = startSchema.safeParse(input);
  if (!parsed.success) return jsonError(400, "badRequest");
  const locale = isKnownLocale(parsed.data.locale) ? parsed.data.locale : "en";
  if (!user) {
    if (read.kind === "form") return seeOther(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/assessments/${parsed.data.course}`)}`);
    return jsonError(401, "signInRequired");
  }
  const found = assessmentOf(parsed.data.course);
  if (!found) return jsonError(404, "notFound");
  const result = await startAttempt(db, user.id, found.outline, found.quiz);
  const base = `/${locale}/assessments/${found.course.slug}`;
  if (!result.ok) {
    if (read.kind === "form") return seeOther(`${base}?error=attemptLimit`);
    return jsonError(409, "attemptLimit");
  }
  if (read.kind === "form") return seeOther(`${base}/attempts/${result.attempt.id}`);
  return NextResponse.json({ attemptId: result.attempt.id, resumed: result.resumed }, { status: result.resumed ? 200 : 201, headers: noStore });
}
