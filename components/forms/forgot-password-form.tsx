"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Field, FormMessage } from "./field";
import { useHydrated } from "./use-hydrated";
import { generalErrorKey, postJson } from "./post-json";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const hydrated = useHydrated();
  const errors = useTranslations("errors");
  const [sent, setSent] = useState(false);
  const [emailError, setEmailError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setBusy(true);
    setGeneral(null);
    const result = await postJson("/api/account/password-reset", { email });
    setBusy(false);
    if (result.ok) {
      setSent(true);
      setEmailError(undefined);
      return;
    }
    const key = result.data.fieldErrors?.email;
    if (key) {
      setEmailError(errors(key));
      document.getElementById("email")?.focus();
    } else setGeneral(errors(generalErrorKey(result)));
  }

  if (sent) {
    return (
      <div className="space-y-4">
        <FormMessage tone="success" testId="reset-sent">
          {t("forgot.sent")}
        </FormMessage>
        <p>
          <Link href="/sign-in">{t("forgot.back")}</Link>
        </p>
      </div>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate data-hydrated={hydrated ? "" : undefined} className="space-y-5">
      <p>{t("forgot.intro")}</p>
      {general ? <FormMessage tone="error">{general}</FormMessage> : null}
      <Field id="email" label={t("email")} type="email" autoComplete="email" required maxLength={254} error={emailError} />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t("forgot.submitting") : t("forgot.submit")}
      </button>
      <p>
        <Link href="/sign-in">{t("forgot.back")}</Link>
      </p>
    </form>
  );
}
