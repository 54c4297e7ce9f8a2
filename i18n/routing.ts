import { defineRouting } from "next-intl/routing";

/** Interface languages: the six official languages of the United Nations. English is the source. */
export const locales = ["en", "ar", "zh", "fr", "ru", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Languages written right to left. */
const rtlLocales: ReadonlySet<string> = new Set(["ar"]);
export function textDirection(locale: string): "ltr" | "rtl" {
  return rtlLocales.has(locale) ? "rtl" : "ltr";
}

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  localeCookie: { sameSite: "lax", maxAge: 60 * 60 * 24 * 365 },
});
