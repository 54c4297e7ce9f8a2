import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { registerLearner } from "@/lib/auth/accounts";
import { jsonError, readJsonBody } from "@/lib/http/json";

/** Creates a learner account. Anyone may sign up; the body is validated and bounded. */
export async function POST(request: Request) {
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const result = await registerLearner(db, read.body);
  if (!result.ok) {
    const status = result.fieldErrors.email === "emailTaken" ? 409 : 400;
    return jsonError(status, "invalid", { fieldErrors: result.fieldErrors });
  }
  return NextResponse.json({ ok: true }, { status: 201 });
}
