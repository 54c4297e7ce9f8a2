import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("title") };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "account" });
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-gray-200 bg-white p-5">
        <dt className="font-semibold">{t("name")}</dt>
        <dd data-testid="account-name">{user.name}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd data-testid="account-email">{user.email}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{user.isPlatformAdmin ? t("admin") : t("learner")}</dd>
      </dl>
    </div>
  );
}
