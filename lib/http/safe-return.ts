/** A return address from the browser, accepted only if it stays on this site (no open redirects). */
export function safeReturnPath(raw: string | null | undefined, fallback: string): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(raw) || raw.length > 1000) return fallback;
  return raw;
}
