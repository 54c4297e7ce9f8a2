import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** The link back to an organisation's dashboard, at the top of every manager page. */
export async function BackToDashboard({ locale, slug, orgName }: { locale: string; slug: string; orgName: string }) {
  const t = await getTranslations({ locale, namespace: "org" });
  return (
    <p>
      <Link href={`/org/${slug}`}>{t("dashboard", { org: orgName })}</Link>
    </p>
  );
}
