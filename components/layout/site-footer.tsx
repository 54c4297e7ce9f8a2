import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  return (
    <footer className="mt-12 border-t border-gray-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm text-muted">
        <p>{t("about")}</p>
        <p>{t("contentNote")}</p>
        <p>{t("rights")}</p>
        <p>
          <Link href="/support">{nav("support")}</Link>
        </p>
      </div>
    </footer>
  );
}
