// Security headers sent with every response. Plain JavaScript so next.config.js and proxy.ts share one list.
// The Content-Security-Policy is built per request in lib/security/csp.ts (it may carry a nonce).

/** @type {ReadonlyArray<{ key: string; value: string }>} */
export const staticSecurityHeaders = Object.freeze([
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
]);

