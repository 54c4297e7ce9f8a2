import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listSupportServices, localized } from "@/lib/content";
import type { SupportService } from "@/lib/content/schema";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "support" }))("title") };
}

export default async function SupportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "support" });
  const tq = await getTranslations({ locale, namespace: "quickExit" });
  const services = listSupportServices();
  const list = (kind: SupportService["kind"]) => (
    <ul className="mt-3 space-y-4">
      {services
        .filter((s) => s.kind === kind)
        .map((s) => (
          <li key={s.id} className="rounded-md border border-gray-200 bg-white p-4" data-testid={`service-${s.id}`}>
            <h3 className="font-semibold">{s.name}</h3>
            <p className="mt-1">{localized(s.description, locale)}</p>
            {s.phone ? (
              <p className="mt-1">
                {s.phone.number} <span className="text-sm text-muted">({t("phoneSource", { checked: s.phone.checked })})</span>
              </p>
            ) : null}
            <p className="mt-2">
              <a href={s.url} rel="noopener noreferrer">
                {t("visit", { name: s.name })}
              </a>
            </p>
          </li>
        ))}
    </ul>
  );
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="rounded-md border-s-4 border-warn-border bg-warn-bg p-4 font-semibold">{t("emergency")}</p>
      <section aria-labelledby="help-title">
        <h2 id="help-title" className="text-2xl font-semibold">
          {t("help")}
        </h2>
        {list("help")}
      </section>
      <section aria-labelledby="report-title">
        <h2 id="report-title" className="text-2xl font-semibold">
          {t("report")}
        </h2>
        {list("report")}
      </section>
      <section aria-labelledby="quick-exit-title" className="space-y-2">
        <h2 id="quick-exit-title" className="text-2xl font-semibold">
          {tq("helpTitle")}
        </h2>
        <p>{tq("helpBody")}</p>
        <p>{tq("helpLimits")}</p>
      </section>
      <p className="text-sm text-muted">{t("privacy")}</p>
    </div>
  );
}
