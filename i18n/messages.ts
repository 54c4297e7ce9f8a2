import en from "../messages/en.json";
import { routing } from "./routing";

export type Messages = Record<string, unknown>;

/** Deep-merge: the locale's messages over English, so a missing key falls back to English key by key. */
export function withEnglishFallback(base: Messages, overrides: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] =
      value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object"
        ? withEnglishFallback(current as Messages, value as Messages)
        : value;
  }
  return out;
}

export function isKnownLocale(locale: string | undefined | null): locale is (typeof routing.locales)[number] {
  return !!locale && (routing.locales as readonly string[]).includes(locale);
}

/** The interface messages of a locale, English filling every gap. */
export async function loadMessages(locale: string): Promise<Messages> {
  if (locale === "en" || !isKnownLocale(locale)) return en as Messages;
  const own = (await import(`../messages/${locale}.json`)).default as Messages;
  return withEnglishFallback(en as Messages, own);
}
