"use client";

import { useState, type FormEvent } from "react";
import { useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { safeReturnPath } from "@/lib/http/safe-return";
import { THROTTLED_ERROR } from "@/lib/auth/sign-in-errors";
import { Field, FormMessage } from "./field";
import { useHydrated } from "./use-hydrated";

export function SignInForm() {
  const t = useTranslations("auth");
  const hydrated = useHydrated();
  const locale = useLocale();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = params.get("reset") === "1" ? t("signIn.resetDone") : params.get("registered") === "1" ? t("signIn.signUpDone") : null;
  const returnTo = safeReturnPath(params.get("callbackUrl"), `/${locale}/account`);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        callbackUrl: returnTo,
      });
      if (result?.ok && !result.error) {
        window.location.assign(returnTo);
        return;
      }
      setError(result?.error === THROTTLED_ERROR ? t("signIn.throttled") : result?.status === 401 || result?.error ? t("signIn.invalid") : t("signIn.failed"));
    } catch {
      setError(t("signIn.failed"));
    }
    setBusy(false);
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate data-hydrated={hydrated ? "" : undefined} className="space-y-5" aria-describedby={error ? "sign-in-error" : undefined}>
      {notice && !error ? <FormMessage tone="success">{notice}</FormMessage> : null}
      {error ? (
        <div id="sign-in-error">
          <FormMessage tone="error" testId="form-error">
            {error}
          </FormMessage>
        </div>
      ) : null}
      <Field id="email" label={t("email")} type="email" autoComplete="email" required maxLength={254} />
      <Field id="password" label={t("password")} type="password" autoComplete="current-password" required />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t("signIn.submitting") : t("signIn.submit")}
      </button>
      <p>
        <Link href="/forgot-password">{t("signIn.forgot")}</Link>
      </p>
      <p>
        {t("signIn.noAccount")} <Link href="/sign-up">{t("signIn.createAccount")}</Link>
      </p>
    </form>
  );
}
