export type PostResult = { ok: boolean; status: number; data: { error?: string; fieldErrors?: Record<string, string> } };

/** POSTs JSON to one of our route handlers; a network failure comes back as status 0. */
export async function postJson(url: string, body: unknown): Promise<PostResult> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const data = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, data };
  } catch {
    return { ok: false, status: 0, data: {} };
  }
}

/** The message key for a failed request that has no field errors. */
export function generalErrorKey(result: PostResult): string {
  if (result.status === 0) return "network";
  if (result.status === 413) return "payloadTooLarge";
  if (result.status >= 500) return "server";
  return "badRequest";
}
