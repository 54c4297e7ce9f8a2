"use client";

import { useState, type FormEvent } from "react";
import { useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { safeReturnPath } from "@/lib/http/safe-return";
import { Field, FormMessage } from "./field";
import { useHydrated } from "./use-hydrated";
import { generalErrorKey, postJson } from "./post-json";

type Fields = "name" | "email" | "password";

export function SignUpForm() {
  const t = useTranslations("auth");
  const hydrated = useHydrated();
  const errors = useTranslations("errors");
  const locale = useLocale();
  const params = useSearchParams();
  const returnTo = safeReturnPath(params.get("callbackUrl"), `/${locale}/account`);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Fields, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), locale };
    setBusy(true);
    setGeneral(null);
    const result = await postJson("/api/account/sign-up", body);
    if (!result.ok) {
      const fe = (result.data.fieldErrors ?? {}) as Partial<Record<Fields, string>>;
      setFieldErrors(fe);
      if (!Object.keys(fe).length) setGeneral(errors(generalErrorKey(result)));
      setBusy(false);
      const first = (["name", "email", "password"] as const).find((f) => fe[f]);
      if (first) document.getElementById(first)?.focus();
      return;
    }
    setFieldErrors({});
    const signedIn = await signIn("credentials", { redirect: false, email: body.email, password: body.password });
    window.location.assign(signedIn?.ok && !signedIn.error ? returnTo : `/${locale}/sign-in?registered=1`);
  }

  const message = (field: Fields) => (fieldErrors[field] ? errors(fieldErrors[field] as string) : undefined);

  return (
    <form method="post" onSubmit={onSubmit} noValidate data-hydrated={hydrated ? "" : undefined} className="space-y-5">
      {general ? (
        <FormMessage tone="error" testId="form-error">
          {general}
        </FormMessage>
      ) : null}
      <Field id="name" label={t("name")} hint={t("nameHint")} autoComplete="name" required maxLength={120} error={message("name")} />
      <Field id="email" label={t("email")} type="email" autoComplete="email" required maxLength={254} error={message("email")} />
      <Field id="password" label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" required error={message("password")} />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t("signUp.submitting") : t("signUp.submit")}
      </button>
      <p>
        {t("signUp.haveAccount")} <Link href="/sign-in">{t("signUp.signIn")}</Link>
      </p>
    </form>
  );
}
