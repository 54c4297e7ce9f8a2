// Content-Security-Policy builder (plain JavaScript: used by next.config.js and proxy.ts).
//
// Pages rendered per request get a nonce with 'strict-dynamic': only scripts Next marks with the
// nonce (and what they load) run. Prerendered pages are plain files served without a render step,
// so they cannot carry a per-request nonce; they get 'self' plus 'unsafe-inline' for Next's inline
// bootstrap. They render only repository content (lessons, catalogue), never user input.
// 'unsafe-eval' is never allowed outside `next dev`. See docs/decisions/006-content-security-policy.md.

/**
 * @param {{ nonce: string | null; dev?: boolean; https?: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, dev = false, https = false }) {
  const script = nonce
    ? `'self' 'nonce-${nonce}' 'strict-dynamic'`
    : `'self' 'unsafe-inline'`;
  const directives = [
    "default-src 'self'",
    `script-src ${script}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

