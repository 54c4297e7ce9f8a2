import { NextResponse } from "next/server";

export const DEFAULT_BODY_LIMIT = 16 * 1024;

export type JsonBody = { ok: true; body: unknown } | { ok: false; response: NextResponse };

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Reads a small JSON request body safely: same-origin only (a cross-site form cannot post here),
 * bounded in size (413), and parsed without throwing (400).
 */
export async function readJsonBody(request: Request, limit = DEFAULT_BODY_LIMIT): Promise<JsonBody> {
  if (!isSameOrigin(request)) return { ok: false, response: jsonError(403, "crossOrigin") };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { ok: false, response: jsonError(413, "payloadTooLarge") };
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return { ok: false, response: jsonError(415, "badRequest") };
  }
  let text: string;
  try {
    text = await readLimited(request, limit);
  } catch {
    return { ok: false, response: jsonError(413, "payloadTooLarge") };
  }
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, "badRequest") };
  }
}

/** False when a browser says the request came from another site (its Origin header). */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return !origin || origin === new URL(request.url).origin || origin === publicOrigin();
}

function publicOrigin(): string | null {
  try {
    return process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : null;
  } catch {
    return null;
  }
}

async function readLimited(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error("too large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The address links in emails and certificates use: PUBLIC_URL, else the address of this request. */
export function baseUrlFor(request: Request): string {
  return (process.env.PUBLIC_URL?.trim() || new URL(request.url).origin).replace(/\/$/, "");
}

/** 303 See Other to a path on this site (relative, so it works behind any host name or proxy). */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
