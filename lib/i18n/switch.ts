import { z } from "zod";
import { locales } from "@/i18n/routing";

/** What the language switcher posts: the language chosen and the page to show again in it. */
export const languageChoice = z.object({
  locale: z.enum(locales),
  /** The current page without its language prefix, e.g. /courses/opsc-guidelines. */
  path: z.string().max(1000).default("/"),
});

const LOCALE_PREFIX = new RegExp(`^/(${locales.join("|")})(?=/|$)`);

/**
 * The same page in another language. Only a path on this site is accepted (no scheme, no //host,
 * no backslashes): anything else goes to the home page, so the switcher cannot be used to redirect
 * people elsewhere.
 */
export function samePageIn(locale: string, path: string): string {
  const [pathname, query] = path.split(/\?(.*)/s, 2);
  // Printable ASCII only (what a Location header can carry; this site's paths are all ASCII).
  if (!/^\/(?!\/)[\x21-\x5b\x5d-\x7e]*$/.test(pathname) || !/^[\x21-\x7e]*$/.test(query ?? "")) return `/${locale}`;
  const rest = pathname.replace(LOCALE_PREFIX, "");
  return `/${locale}${rest === "/" ? "" : rest}${query ? `?${query.slice(0, 500)}` : ""}`;
}
