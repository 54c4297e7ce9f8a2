import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { fallbackLang, lessonSummary, listCourses, listResources, localized } from "@/lib/content";
import { RESOURCE_REGIONS, RESOURCE_TYPES } from "@/lib/content/schema";
import { filterResources, parseResourceFilter } from "@/lib/resources/filter";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "resources" }))("title") };
}

/** The resource library: filter and search are a plain GET form, so they work without JavaScript. */
export default async function ResourcesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "resources" });
  const filter = parseResourceFilter(await searchParams);
  const resources = filterResources(listResources(), filter, locale);
  const usedIn = new Map<string, { href: string; title: string }[]>();
  for (const course of listCourses()) {
    for (const lesson of course.lessons) {
      for (const s of lesson.meta.sources) {
        usedIn.set(s.id, [...(usedIn.get(s.id) ?? []), { href: `/courses/${course.slug}/${lesson.slug}`, title: lessonSummary(lesson, locale).title }]);
      }
    }
  }
  const typeLabel = (v: string) => t(`types.${v}` as "types.Treaty");
  const regionLabel = (v: string) => t(`regions.${v}` as "regions.Global");

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      <form method="get" role="search" className="grid gap-4 rounded-lg border border-gray-200 bg-white p-4 md:grid-cols-[2fr_1fr_1fr_auto] md:items-end">
        <div className="space-y-1">
          <label htmlFor="q" className="block font-semibold">
            {t("search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q} maxLength={200} className="field-input" />
        </div>
        <div className="space-y-1">
          <label htmlFor="type" className="block font-semibold">
            {t("type")}
          </label>
          <select id="type" name="type" defaultValue={filter.type ?? ""} className="field-input">
            <option value="">{t("any")}</option>
            {RESOURCE_TYPES.map((v) => (
              <option key={v} value={v}>
                {typeLabel(v)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="region" className="block font-semibold">
            {t("region")}
          </label>
          <select id="region" name="region" defaultValue={filter.region ?? ""} className="field-input">
            <option value="">{t("any")}</option>
            {RESOURCE_REGIONS.map((v) => (
              <option key={v} value={v}>
                {regionLabel(v)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn btn-primary">
            {t("apply")}
          </button>
          <Link href="/resources" className="btn btn-secondary">
            {t("clear")}
          </Link>
        </div>
      </form>
      <p role="status" data-testid="resource-count">
        {t("count", { count: resources.length })}
      </p>
      <ul className="space-y-4" data-testid="resource-list">
        {resources.map((r) => (
          <li key={r.id} id={r.id} className="scroll-mt-24 rounded-lg border border-gray-200 bg-white p-5" data-testid={`resource-${r.id}`}>
            <h2 className="text-xl font-semibold">{r.title}</h2>
            <p className="mt-1 text-sm text-muted">
              {r.publisher}
              {r.year ? ` · ${r.year}` : ""} · {r.types.map(typeLabel).join(", ")} · {r.regions.map(regionLabel).join(", ")}
            </p>
            <p className="mt-2" {...fallbackLang(r.summary, locale)}>
              {localized(r.summary, locale)}
            </p>
            <div className="mt-2 text-sm">
              <span className="font-semibold">{t("usedIn")}: </span>
              {usedIn.get(r.id)?.length ? (
                <ul className="inline">
                  {usedIn.get(r.id)!.map((u, i) => (
                    <li key={u.href} className="inline">
                      {i > 0 ? ", " : ""}
                      <Link href={u.href}>{u.title}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                t("notUsed")
              )}
            </div>
            <p className="mt-2">
              <a href={r.url} rel="noopener noreferrer">
                {t("open")}
                <span className="sr-only">: {r.title}</span>
              </a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
