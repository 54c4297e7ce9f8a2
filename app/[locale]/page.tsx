import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });

  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="space-y-4">
        <h1 id="home-title" className="max-w-3xl text-3xl font-bold sm:text-4xl">
          {t("title")}
        </h1>
        <p className="max-w-2xl text-lg">{t("intro")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className="btn btn-primary">
            {t("ctaSignUp")}
          </Link>
          <Link href="/sign-in" className="btn btn-secondary">
            {t("ctaSignIn")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="what-title" className="space-y-3">
        <h2 id="what-title" className="text-2xl font-semibold">
          {t("whatTitle")}
        </h2>
        <ul className="max-w-3xl list-disc space-y-2 ps-6">
          <li>{t("what1")}</li>
          <li>{t("what2")}</li>
          <li>{t("what3")}</li>
        </ul>
      </section>

      <div className="grid gap-6 md:grid-cols-3">
        <section aria-labelledby="who-title" className="rounded-lg border border-gray-200 bg-white p-5">
          <h2 id="who-title" className="text-xl font-semibold">
            {t("whoTitle")}
          </h2>
          <p className="mt-2">{t("who")}</p>
        </section>
        <section aria-labelledby="how-title" className="rounded-lg border border-gray-200 bg-white p-5">
          <h2 id="how-title" className="text-xl font-semibold">
            {t("howTitle")}
          </h2>
          <p className="mt-2">{t("how")}</p>
        </section>
        <section aria-labelledby="care-title" className="rounded-lg border border-gray-200 bg-white p-5">
          <h2 id="care-title" className="text-xl font-semibold">
            {t("careTitle")}
          </h2>
          <p className="mt-2">{t("care")}</p>
        </section>
      </div>
    </div>
  );
}
