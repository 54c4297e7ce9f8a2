import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { baseUrlFor, jsonError, readJsonBody } from "@/lib/http/json";

/** Asks for a reset link. The answer is the same whether or not an account uses the address. */
export async function POST(request: Request) {
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const email = (read.body as { email?: unknown } | null)?.email;
  const result = await requestPasswordReset(db, { email, baseUrl: baseUrlFor(request) });
  if (!result.ok) return jsonError(400, "invalid", { fieldErrors: { email: result.error } });
  return NextResponse.json({ ok: true }, { status: 202 });
}
