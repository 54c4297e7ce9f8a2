import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { listCourses, localized } from "@/lib/content";
import { requireOrgPage } from "@/lib/org/guard";
import { BackToDashboard } from "@/components/org/back-to-dashboard";
import { FormMessage } from "@/components/forms/field";
import { MAX_CHOSEN_PEOPLE } from "@/lib/org/assignments";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | undefined>> };
export const metadata: Metadata = { robots: { index: false } };

export default async function NewAssignmentPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { org } = await requireOrgPage(locale, slug, "MANAGER", `/${locale}/org/${slug}/assignments`);
  const t = await getTranslations({ locale, namespace: "org" });
  const groups = await db.group.findMany({ where: { orgId: org.id }, orderBy: { name: "asc" } });
  const q = await searchParams;
  const target = q.target === "group" || q.target === "people" ? q.target : "org";
  const errorText =
    q.error === "noPeople" ? t("assignErrorNoPeople") : q.error === "tooManyPeople" ? t("assignErrorTooMany", { max: MAX_CHOSEN_PEOPLE }) : q.unknown ? t("assignErrorUnknown", { emails: q.unknown }) : q.error ? t("assignError") : null;
  return (
    <div className="max-w-xl space-y-6">
      <BackToDashboard locale={locale} slug={slug} orgName={org.name} />
      <h1 className="text-3xl font-bold">{t("assignTitle")}</h1>
      {errorText ? <FormMessage tone="error">{errorText}</FormMessage> : null}
      <form method="post" action={`/api/org/${slug}/assignments`} className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <div className="space-y-1">
          <label htmlFor="course" className="block font-semibold">{t("course")}</label>
          <select id="course" name="course" required className="field-input" defaultValue={q.course}>
            {listCourses().map((c) => (
              <option key={c.slug} value={c.slug}>{localized(c.meta.title, locale)}</option>
            ))}
          </select>
        </div>
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t("assignTo")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="target" value="org" defaultChecked={target === "org"} />
            {t("wholeOrg")}
          </label>
          <div className="space-y-1">
            <label className="flex items-center gap-2">
              <input type="radio" name="target" value="group" defaultChecked={target === "group"} />
              {t("assignToGroup")}
            </label>
            <label htmlFor="group" className="sr-only">{t("group")}</label>
            <select id="group" name="group" className="field-input ms-6" defaultValue={q.group ?? ""}>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>{g.name}</option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label className="flex items-center gap-2">
              <input type="radio" name="target" value="people" defaultChecked={target === "people"} />
              {t("assignToPeople")}
            </label>
            <label htmlFor="people" className="block ms-6">{t("peopleLabel", { max: MAX_CHOSEN_PEOPLE })}</label>
            <textarea id="people" name="people" rows={4} className="field-input ms-6" defaultValue={q.people ?? ""} aria-describedby="people-hint" />
            <p id="people-hint" className="ms-6 text-sm text-muted">{t("peopleHint")}</p>
          </div>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="due" className="block font-semibold">{t("dueOn")}</label>
          <input id="due" name="due" type="date" required className="field-input" defaultValue={q.due} />
        </div>
        <button type="submit" className="btn btn-primary">{t("assignSubmit")}</button>
      </form>
    </div>
  );
}
