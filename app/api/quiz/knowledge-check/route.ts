import { NextResponse } from "next/server";
import { z } from "zod";
import { getQuiz, getResource } from "@/lib/content";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { checkKnowledgeAnswer, knowledgeCheckSeed, publicKnowledgeCheck } from "@/lib/quiz/knowledge-check";
import { quizSecret } from "@/lib/quiz/secret";
import { locales } from "@/i18n/routing";

const noStore = { "Cache-Control": "no-store" };
/** Which knowledge check, and the language of its texts (grading never depends on it). */
const ids = z.object({ course: z.string().max(100), quiz: z.string().max(100), locale: z.enum(locales).catch("en") });

function knowledgeCheck(course: string, quiz: string, locale: string) {
  const found = getQuiz(course, quiz, locale);
  return found?.kind === "knowledge-check" ? found : undefined;
}

/** The questions of a knowledge check, without any answer key. Anyone may read them, like the lesson. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = ids.safeParse({ course: url.searchParams.get("course"), quiz: url.searchParams.get("quiz"), locale: url.searchParams.get("locale") ?? "en" });
  if (!parsed.success) return jsonError(400, "badRequest");
  const quiz = knowledgeCheck(parsed.data.course, parsed.data.quiz, parsed.data.locale);
  if (!quiz) return jsonError(404, "notFound");
  const seed = knowledgeCheckSeed(quizSecret(), parsed.data.course, parsed.data.quiz);
  return NextResponse.json({ questions: publicKnowledgeCheck(quiz, seed) }, { headers: noStore });
}

const checkSchema = ids.extend({ question: z.string().max(100), answer: z.unknown() });

/** Checks one answer and explains it. Nothing is stored: knowledge checks are practice. */
export async function POST(request: Request) {
  const read = await readJsonBody(request, 8 * 1024);
  if (!read.ok) return read.response;
  const parsed = checkSchema.safeParse(read.body);
  if (!parsed.success) return jsonError(400, "badRequest");
  const quiz = knowledgeCheck(parsed.data.course, parsed.data.quiz, parsed.data.locale);
  if (!quiz) return jsonError(404, "notFound");
  const seed = knowledgeCheckSeed(quizSecret(), parsed.data.course, parsed.data.quiz);
  const feedback = checkKnowledgeAnswer(quiz, seed, parsed.data.question, parsed.data.answer);
  if (!feedback) return jsonError(400, "unknownQuestion");
  if (feedback.grade.malformed) return jsonError(400, "malformed");
  const resource = getResource(feedback.source.id);
  return NextResponse.json(
    { ...feedback, source: { title: resource?.title ?? feedback.source.id, at: feedback.source.at } },
    { headers: noStore },
  );
}
