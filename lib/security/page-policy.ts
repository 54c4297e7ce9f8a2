/**
 * Pages that `next build` prerenders. They are served as files, so their Content-Security-Policy
 * cannot carry a per-request nonce (see lib/security/csp-policy.js). Every other page is rendered per
 * request and gets the strict nonce policy. A page listed here that renders per request still works;
 * a prerendered page missing here would have its scripts blocked, which the e2e tests catch.
 */
const PRERENDERED_PAGES: readonly RegExp[] = [
  /^$/, // landing
  /^courses$/,
  /^courses\/[a-z0-9-]+$/,
  /^courses\/[a-z0-9-]+\/[a-z0-9-]+$/,
  /^support$/,
  /^sign-in$/,
  /^sign-up$/,
  /^forgot-password$/,
  /^reset-password$/,
];

/** `rest` is the path after the locale prefix, without leading or trailing slashes. */
export function isPrerenderedPage(rest: string): boolean {
  return PRERENDERED_PAGES.some((pattern) => pattern.test(rest));
}
