import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { normaliseCertificateCode } from "@/lib/certificates/code";
import { Field, FormMessage } from "@/components/forms/field";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ code?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "verify" }))("title") };
}

/** Public lookup form: a plain GET form, so it works without JavaScript. */
export default async function VerifyLookupPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "verify" });
  const typed = (await searchParams).code;
  const code = typed ? normaliseCertificateCode(typed.slice(0, 100)) : null;
  if (code) redirect(`/${locale}/verify/${code}`);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {typed ? <FormMessage tone="error">{t("invalidCode")}</FormMessage> : null}
      <form method="get" className="space-y-4">
        <Field id="code" label={t("code")} hint={t("codeHint")} defaultValue={typed ?? ""} maxLength={100} autoComplete="off" spellCheck={false} error={typed ? t("invalidCode") : undefined} />
        <button type="submit" className="btn btn-primary">
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
