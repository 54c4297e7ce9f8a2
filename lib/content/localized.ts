import type { Localized } from "./schema";

/** Text in the reader's language, English when there is no translation. */
export function localized(text: Localized, locale: string): string {
  return text[locale] ?? text.en;
}

/** A list (e.g. objectives) in the reader's language, English when there is no translation. */
export function localizedList(list: { en: string[]; [locale: string]: string[] }, locale: string): string[] {
  return list[locale] ?? list.en;
}

/** Whether a text is shown in the reader's language or falls back to English. */
export function isTranslated(text: Record<string, unknown>, locale: string): boolean {
  return locale === "en" || text[locale] !== undefined;
}
