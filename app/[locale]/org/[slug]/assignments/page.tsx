import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { listCourses, localized } from "@/lib/content";
import { requireOrgPage } from "@/lib/org/guard";
import { FormMessage } from "@/components/forms/field";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ error?: string }> };
export const metadata: Metadata = { robots: { index: false } };

export default async function NewAssignmentPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { org } = await requireOrgPage(locale, slug, "MANAGER", `/${locale}/org/${slug}/assignments`);
  const t = await getTranslations({ locale, namespace: "org" });
  const groups = await db.group.findMany({ where: { orgId: org.id }, orderBy: { name: "asc" } });
  const { error } = await searchParams;
  return (
    <div className="max-w-xl space-y-6">
      <p>
        <Link href={`/org/${slug}`}>{t("dashboard", { org: org.name })}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("assignTitle")}</h1>
      {error ? <FormMessage tone="error">{t("assignError")}</FormMessage> : null}
      <form method="post" action={`/api/org/${slug}/assignments`} className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <div className="space-y-1">
          <label htmlFor="course" className="block font-semibold">{t("course")}</label>
          <select id="course" name="course" required className="field-input">
            {listCourses().map((c) => (
              <option key={c.slug} value={c.slug}>{localized(c.meta.title, locale)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="group" className="block font-semibold">{t("assignTo")}</label>
          <select id="group" name="group" className="field-input">
            <option value="">{t("wholeOrg")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>{g.name}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="due" className="block font-semibold">{t("dueOn")}</label>
          <input id="due" name="due" type="date" required className="field-input" />
        </div>
        <button type="submit" className="btn btn-primary">{t("assignSubmit")}</button>
      </form>
    </div>
  );
}
