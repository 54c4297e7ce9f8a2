"use client";

import { useState, type FormEvent } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Field, FormMessage } from "./field";
import { useHydrated } from "./use-hydrated";
import { generalErrorKey, postJson } from "./post-json";

export function ResetPasswordForm() {
  const t = useTranslations("auth");
  const hydrated = useHydrated();
  const errors = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const token = useSearchParams().get("token");
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!token) {
    return (
      <div className="space-y-4">
        <FormMessage tone="error">{t("reset.missingToken")}</FormMessage>
        <p>
          <Link href="/forgot-password">{t("reset.requestNew")}</Link>
        </p>
      </div>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setBusy(true);
    const result = await postJson("/api/account/password-reset/confirm", { token, password });
    if (result.ok) {
      router.push(`/${locale}/sign-in?reset=1`);
      return;
    }
    setBusy(false);
    const fe = result.data.fieldErrors ?? {};
    setPasswordError(fe.password ? errors(fe.password) : undefined);
    setTokenError(fe.token ? errors(fe.token) : fe.password ? null : errors(generalErrorKey(result)));
    if (fe.password) document.getElementById("password")?.focus();
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate data-hydrated={hydrated ? "" : undefined} className="space-y-5">
      {tokenError ? (
        <div className="space-y-2">
          <FormMessage tone="error" testId="form-error">
            {tokenError}
          </FormMessage>
          <p>
            <Link href="/forgot-password">{t("reset.requestNew")}</Link>
          </p>
        </div>
      ) : null}
      <Field id="password" label={t("newPassword")} hint={t("passwordHint")} type="password" autoComplete="new-password" required error={passwordError} />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t("reset.submitting") : t("reset.submit")}
      </button>
    </form>
  );
}
