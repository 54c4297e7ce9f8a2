import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/current-user";
import { Field, FormMessage } from "@/components/forms/field";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ created?: string; error?: string }> };
export const metadata: Metadata = { robots: { index: false } };

/** Platform admins: create organisations and their first owner. */
export default async function AdminOrganizationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/admin/organizations`);
  if (!user.isPlatformAdmin) notFound();
  const t = await getTranslations({ locale, namespace: "admin" });
  const q = await searchParams;
  const orgs = await db.organization.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { memberships: true } } } });
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("orgsTitle")}</h1>
      {q.created ? <FormMessage tone="success">{t("created")}</FormMessage> : null}
      {q.error ? <FormMessage tone="error">{t("error")}</FormMessage> : null}
      <form method="post" action="/api/admin/organizations" className="space-y-4 rounded-lg border border-gray-200 bg-white p-5">
        <h2 className="text-xl font-semibold">{t("create")}</h2>
        <input type="hidden" name="locale" value={locale} />
        <Field id="name" label={t("name")} required maxLength={120} />
        <Field id="slug" label={t("slug")} hint={t("slugHint")} required maxLength={40} pattern="[a-z0-9]+(-[a-z0-9]+)*" />
        <Field id="ownerName" label={t("ownerName")} required maxLength={120} />
        <Field id="ownerEmail" label={t("ownerEmail")} type="email" required maxLength={254} />
        <button type="submit" className="btn btn-primary">{t("submit")}</button>
      </form>
      <section aria-labelledby="orgs-list">
        <h2 id="orgs-list" className="text-xl font-semibold">{t("list")}</h2>
        <ul className="mt-2 list-disc ps-6">
          {orgs.map((o) => (
            <li key={o.id}>
              <Link href={`/org/${o.slug}`}>{o.name}</Link> ({o._count.memberships})
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
