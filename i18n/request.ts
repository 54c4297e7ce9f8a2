import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import { isKnownLocale, loadMessages } from "./messages";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isKnownLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale) };
});
