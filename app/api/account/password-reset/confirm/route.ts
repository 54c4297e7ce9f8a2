import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { resetPassword } from "@/lib/auth/password-reset";
import { jsonError, readJsonBody } from "@/lib/http/json";

/** Sets a new password with the token from a reset email (single use, one hour). */
export async function POST(request: Request) {
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const body = (read.body ?? {}) as { token?: unknown; password?: unknown };
  const result = await resetPassword(db, { token: body.token, password: body.password });
  if (!result.ok) {
    const isPassword = result.error.startsWith("password");
    return jsonError(isPassword ? 400 : result.error === "tokenInvalid" ? 400 : 410, "invalid", {
      fieldErrors: isPassword ? { password: result.error } : { token: result.error },
    });
  }
  return NextResponse.json({ ok: true });
}
