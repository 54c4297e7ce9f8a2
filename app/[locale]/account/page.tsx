import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/i18n/navigation";
import { hasRole } from "@/lib/org/access";

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
  const to = await getTranslations({ locale, namespace: "org" });
  const memberships = await db.membership.findMany({ where: { userId: user.id }, include: { org: true }, orderBy: { org: { name: "asc" } } });
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
      {memberships.length || user.isPlatformAdmin ? (
        <section aria-labelledby="orgs-title" className="space-y-2">
          <h2 id="orgs-title" className="text-xl font-semibold">
            {to("myOrgs")}
          </h2>
          <ul className="list-disc ps-6">
            {memberships.map((m) => (
              <li key={m.id}>
                {hasRole(m.role, "MANAGER") ? <Link href={`/org/${m.org.slug}`}>{m.org.name}</Link> : m.org.name} ({to(`roles.${m.role as "LEARNER"}`)})
              </li>
            ))}
            {user.isPlatformAdmin ? (
              <li>
                <Link href="/admin/organizations">{to("allOrgs")}</Link>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
