"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "@/i18n/navigation";
import { locales } from "@/i18n/routing";

/** Each language named in itself, so people can find their own whatever the page's language. */
const NAMES: Record<string, string> = { en: "English", ar: "العربية", zh: "中文（简体）", fr: "Français", ru: "Русский", es: "Español" };

/**
 * Changes the language and stays on the same page. A plain form (works without JavaScript); the
 * server remembers the choice for this device and, when signed in, in the profile.
 */
export function LanguageSwitcher() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <form
      method="post"
      action="/api/preferences/locale"
      className="flex items-center gap-2"
      data-testid="language-switcher"
      // With JavaScript, keep the query too (e.g. the dashboard's filters); the server strips the locale.
      onSubmit={(event) => {
        const path = event.currentTarget.elements.namedItem("path");
        if (path instanceof HTMLInputElement) path.value = window.location.pathname + window.location.search;
      }}
    >
      <input type="hidden" name="path" value={pathname} />
      <label htmlFor="language-select" className="text-sm font-semibold">
        {t("language")}
      </label>
      <select id="language-select" name="locale" defaultValue={locale} className="field-input !w-auto py-1">
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn-secondary py-1">
        {t("changeLanguage")}
      </button>
    </form>
  );
}
