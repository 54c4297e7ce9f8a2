import { createTranslator } from "next-intl";
import { isKnownLocale, loadMessages } from "@/i18n/messages";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for text sent outside a page (emails), in the recipient's language with English fallback. */
export async function emailTranslator(locale: string, namespace: string): Promise<Translate> {
  const known = isKnownLocale(locale) ? locale : "en";
  const messages = await loadMessages(known);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return createTranslator({ locale: known, messages: messages as any, namespace: namespace as any }) as unknown as Translate;
}
