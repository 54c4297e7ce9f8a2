"use client";

import { useTranslations } from "next-intl";

// A friendly message instead of a stack trace when a page fails to render.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div className="max-w-2xl space-y-4" role="alert">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <button type="button" className="btn btn-primary" onClick={() => reset()}>
        {t("retry")}
      </button>
    </div>
  );
}
