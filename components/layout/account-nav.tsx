"use client";

import { signOut, useSession } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Sign-in links or the signed-in person's menu. Client-side so that pages can stay prerendered. */
export function AccountNav() {
  const { data, status } = useSession();
  const t = useTranslations("nav");
  const locale = useLocale();

  if (status === "loading") return <div className="min-h-11 min-w-32" aria-hidden="true" />;
  if (!data?.user) {
    return (
      <ul className="flex items-center gap-3">
        <li>
          <Link href="/sign-in" className="inline-block py-2">
            {t("signIn")}
          </Link>
        </li>
        <li>
          <Link href="/sign-up" className="btn btn-secondary">
            {t("signUp")}
          </Link>
        </li>
      </ul>
    );
  }
  return (
    <ul className="flex items-center gap-3">
      <li>
        <Link href="/certificates" className="inline-block py-2">
          {t("certificates")}
        </Link>
      </li>
      <li>
        <Link href="/account" className="inline-block py-2" data-testid="account-link">
          {t("account")}
          <span className="sr-only"> ({t("signedInAs", { name: data.user.name })})</span>
        </Link>
      </li>
      <li>
        <button type="button" className="btn btn-secondary" onClick={() => signOut({ callbackUrl: `/${locale}` })}>
          {t("signOut")}
        </button>
      </li>
    </ul>
  );
}
