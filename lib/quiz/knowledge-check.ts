import { createHmac } from "node:crypto";
import type { KnowledgeCheckFile } from "@/lib/content/schema";
import { gradeAnswer, publicKeyOf, toPublicQuestion, type Grade, type PublicKey, type PublicQuestion } from "./registry";

/** The seed of a knowledge check: stable for the app's secret, unknown to the browser. */
export function knowledgeCheckSeed(secret: string, courseSlug: string, quizId: string): string {
  return createHmac("sha256", secret).update(`knowledge-check\u0000${courseSlug}\u0000${quizId}`).digest("base64url");
}

export function publicKnowledgeCheck(quiz: KnowledgeCheckFile, seed: string): PublicQuestion[] {
  return quiz.questions.map((q) => toPublicQuestion(q, seed));
}

export type KnowledgeFeedback = { grade: Grade; key: PublicKey; explanation: string; source: { id: string; at: string } };

/** Checks one answer of a knowledge check (not graded or stored); null for an unknown question. */
export function checkKnowledgeAnswer(quiz: KnowledgeCheckFile, seed: string, questionId: string, answer: unknown): KnowledgeFeedback | null {
  const q = quiz.questions.find((x) => x.id === questionId);
  if (!q) return null;
  return { grade: gradeAnswer(q, seed, answer), key: publicKeyOf(q, seed), explanation: q.explanation, source: q.source };
}
