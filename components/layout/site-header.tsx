import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AccountNav } from "./account-nav";
import { QuickExit } from "./quick-exit";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const common = await getTranslations({ locale, namespace: "common" });
  return (
    <header className="sticky top-0 z-40 border-b border-gray-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <QuickExit />
        <Link href="/" className="text-lg font-bold text-brand-dark no-underline">
          {common("productName")}
        </Link>
        <nav aria-label={t("label")} className="flex-1">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <li>
              <Link href="/courses" className="inline-block py-2">
                {t("courses")}
              </Link>
            </li>
            <li>
              <Link href="/resources" className="inline-block py-2">
                {t("resources")}
              </Link>
            </li>
            <li>
              <Link href="/my-learning" className="inline-block py-2">
                {t("myLearning")}
              </Link>
            </li>
            <li>
              <Link href="/support" className="inline-block py-2">
                {t("support")}
              </Link>
            </li>
          </ul>
        </nav>
        <AccountNav />
      </div>
    </header>
  );
}
