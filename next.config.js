// @ts-check
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/static-headers.js";
import { contentSecurityPolicy } from "./lib/security/csp-policy.js";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Headers for responses the proxy does not see (static files, images). proxy.ts sets the same
  // headers, with a per-request CSP, on pages and API routes.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          ...staticSecurityHeaders,
          { key: "Content-Security-Policy", value: contentSecurityPolicy({ nonce: null, dev: process.env.NODE_ENV === "development" }) },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
