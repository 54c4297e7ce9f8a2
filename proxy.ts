import { NextRequest, NextResponse } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { isPrerenderedPage } from "@/lib/security/page-policy";
// Plain JavaScript helpers shared with next.config.js.
import { contentSecurityPolicy } from "@/lib/security/csp-policy.js";
import { staticSecurityHeaders } from "@/lib/security/static-headers.js";

const handleLocaleRouting = createIntlMiddleware(routing);
const dev = process.env.NODE_ENV === "development";
const https = (process.env.PUBLIC_URL ?? "").startsWith("https://");

function pathAfterLocale(pathname: string): string | null {
  const [, first, ...rest] = pathname.split("/");
  if (!(routing.locales as readonly string[]).includes(first)) return null;
  return rest.join("/").replace(/\/+$/, "");
}

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  for (const { key, value } of staticSecurityHeaders) response.headers.set(key, value);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;

  if (pathname.startsWith("/api/")) {
    return withSecurityHeaders(NextResponse.next(), contentSecurityPolicy({ nonce: null, dev, https }));
  }

  const rest = pathAfterLocale(pathname);
  const prerendered = rest !== null && isPrerenderedPage(rest);
  const nonce = prerendered ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, dev, https });

  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  if (nonce) headers.set("x-nonce", nonce);
  const forwarded = new NextRequest(request, { headers });

  return withSecurityHeaders(handleLocaleRouting(forwarded), csp);
}

export const config = {
  // Everything but Next's build output and files with an extension (icons, robots.txt).
  matcher: ["/((?!_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)"],
};
