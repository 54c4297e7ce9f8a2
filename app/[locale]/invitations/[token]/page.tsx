import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hashToken, isWellFormedToken } from "@/lib/auth/tokens";
import { FormMessage } from "@/components/forms/field";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ error?: string }> };
// "same-origin": the token in this address never reaches another site, and the form post still carries
// an Origin header ("no-referrer" would make it "null", which the same-origin check refuses).
export const metadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

/** The page an invitation email links to: sign in or sign up with the invited address, then accept. */
export default async function InvitationPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "invitation" });
  const { error } = await searchParams;
  const invitation = isWellFormedToken(token) ? await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { org: true } }) : null;
  const problem = !invitation ? "invalid" : invitation.acceptedAt ? "used" : invitation.expiresAt <= new Date() ? "expired" : error === "otherAccount" ? "otherAccount" : null;
  if (!invitation || problem) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-3xl font-bold">{t("title", { org: invitation?.org.name ?? "Safeguard Academy" })}</h1>
        <FormMessage tone="error">{t((problem ?? "invalid") as "invalid")}</FormMessage>
      </div>
    );
  }
  const user = await getCurrentUser();
  const here = `/${locale}/invitations/${token}`;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title", { org: invitation.org.name })}</h1>
      <p>{t("body", { org: invitation.org.name, email: invitation.email })}</p>
      {user ? (
        <form method="post" action="/api/invitations/accept">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="btn btn-primary">{t("accept")}</button>
        </form>
      ) : (
        <>
          <p>{t("signInFirst", { email: invitation.email })}</p>
          <div className="flex flex-wrap gap-3">
            <Link href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`} className="btn btn-primary">{t("signUp")}</Link>
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className="btn btn-secondary">{t("signIn")}</Link>
          </div>
        </>
      )}
    </div>
  );
}
