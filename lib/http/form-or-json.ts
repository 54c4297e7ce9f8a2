import { isSameOrigin, jsonError, readJsonBody } from "./json";
import type { NextResponse } from "next/server";

export type FormOrJson =
  | { ok: true; kind: "json"; body: unknown }
  | { ok: true; kind: "form"; entries: [string, string][] }
  | { ok: false; response: NextResponse };

/**
 * Reads a request that is either JSON (from our scripts) or a plain HTML form post (works without
 * JavaScript). Same-origin only, and bounded in size (413).
 */
export async function readFormOrJson(request: Request, limit = 64 * 1024): Promise<FormOrJson> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const read = await readJsonBody(request, limit);
    return read.ok ? { ok: true, kind: "json", body: read.body } : read;
  }
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data")) {
    return { ok: false, response: jsonError(415, "badRequest") };
  }
  if (!isSameOrigin(request)) return { ok: false, response: jsonError(403, "crossOrigin") };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!declared || declared > limit) return { ok: false, response: jsonError(declared ? 413 : 411, declared ? "payloadTooLarge" : "badRequest") };
  try {
    const form = await request.formData();
    const entries: [string, string][] = [];
    for (const [k, v] of form.entries()) if (typeof v === "string") entries.push([k, v]);
    return { ok: true, kind: "form", entries };
  } catch {
    return { ok: false, response: jsonError(400, "badRequest") };
  }
}
