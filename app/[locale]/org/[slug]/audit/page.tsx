import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { BackToDashboard } from "@/components/org/back-to-dashboard";
import { db } from "@/lib/db";
import { requireOrgPage } from "@/lib/org/guard";

type Props = { params: Promise<{ locale: string; slug: string }> };
export const metadata: Metadata = { robots: { index: false } };

/** The organisation's activity log, for owners: the latest 500 actions. */
export default async function AuditPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { org } = await requireOrgPage(locale, slug, "OWNER", `/${locale}/org/${slug}/audit`);
  const t = await getTranslations({ locale, namespace: "org" });
  const format = await getFormatter({ locale });
  const events = await db.auditEvent.findMany({ where: { orgId: org.id }, orderBy: { createdAt: "desc" }, take: 500 });
  const actors = new Map((await db.user.findMany({ where: { id: { in: [...new Set(events.map((e) => e.actorId))] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return (
    <div className="space-y-6">
      <BackToDashboard locale={locale} slug={slug} orgName={org.name} />
      <h1 className="text-3xl font-bold">{t("audit")}</h1>
      <p>{t("auditIntro")}</p>
      <table className="w-full border-collapse" data-testid="audit-table">
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 text-start">{t("when")}</th>
            <th scope="col" className="py-2 text-start">{t("who")}</th>
            <th scope="col" className="py-2 text-start">{t("what")}</th>
            <th scope="col" className="py-2 text-start">{t("target")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-gray-200 align-top">
              <td className="py-2 pe-3">{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="py-2 pe-3">{actors.get(e.actorId) ?? e.actorId}</td>
              <td className="py-2 pe-3">{e.action}</td>
              <td className="py-2 pe-3 break-all text-sm">
                {e.targetType}
                {e.targetId ? ` ${e.targetId}` : ""}
                {e.details ? ` · ${e.details}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
