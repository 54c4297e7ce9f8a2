import { createTranslator } from "next-intl";
import { isKnownLocale, loadMessages } from "@/i18n/messages";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for text made outside a page (emails, certificate PDFs, import reports), in the reader's language with English fallback. */
export async function translatorFor(locale: string, namespace: string): Promise<Translate> {
  const known = isKnownLocale(locale) ? locale : "en";
  const messages = await loadMessages(known);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return createTranslator({ locale: known, messages: messages as any, namespace: namespace as any }) as unknown as Translate;
}
