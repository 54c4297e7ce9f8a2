import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AccountNav } from "./account-nav";
import { QuickExit } from "./quick-exit";
import { LanguageSwitcher } from "./language-switcher";

const NAV = [
  { href: "/courses", label: "courses" },
  { href: "/resources", label: "resources" },
  { href: "/my-learning", label: "myLearning" },
  { href: "/support", label: "support" },
] as const;

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
            {NAV.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="inline-block py-2">
                  {t(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
        <AccountNav />
      </div>
    </header>
  );
}
