import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireOrgPage } from "@/lib/org/guard";
import { IMPORT_PROBLEM_CODES } from "@/lib/org/csv";
import { BackToDashboard } from "@/components/org/back-to-dashboard";
import { FormMessage } from "@/components/forms/field";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | undefined>> };
export const metadata: Metadata = { robots: { index: false } };

const problemsSchema = z.object({
  total: z.number(),
  list: z.array(z.object({ line: z.number(), code: z.enum(IMPORT_PROBLEM_CODES), values: z.record(z.string(), z.union([z.string().max(200), z.number()])).optional() })).max(30),
});
const importedSchema = z.object({ added: z.number(), invited: z.number(), alreadyMembers: z.number(), alreadyInvited: z.number() });
function parseParam<T>(schema: z.ZodType<T>, raw: string | undefined): T | null {
  if (!raw) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export default async function MembersPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { org, membership } = await requireOrgPage(locale, slug, "MANAGER", `/${locale}/org/${slug}/members`);
  const isOwner = membership.role === "OWNER";
  const t = await getTranslations({ locale, namespace: "org" });
  const q = await searchParams;
  const problems = parseParam(problemsSchema, q.problems);
  const imported = parseParam(importedSchema, q.imported);
  const members = await db.membership.findMany({ where: { orgId: org.id }, include: { user: { select: { name: true, email: true } }, group: true }, orderBy: { user: { name: "asc" } }, take: 500 });

  return (
    <div className="space-y-8">
      <BackToDashboard locale={locale} slug={slug} orgName={org.name} />
      <h1 className="text-3xl font-bold">{t("members")}</h1>
      <section aria-labelledby="import-title" className="space-y-3 rounded-lg border border-gray-200 bg-white p-5">
        <h2 id="import-title" className="text-xl font-semibold">{t("importTitle")}</h2>
        <p>{t("importHelp")}</p>
        {q.import === "missing" ? <FormMessage tone="error">{t("importMissing")}</FormMessage> : null}
        {q.roleChanged ? <FormMessage tone="success">{t("roleChanged")}</FormMessage> : null}
        {imported ? <FormMessage tone="success" testId="import-done">{t("importDone", imported)}</FormMessage> : null}
        {problems ? (
          <div role="alert" className="rounded-md border-s-4 border-error bg-red-50 p-4" data-testid="import-problems">
            <p className="font-semibold">{t("importProblems")}</p>
            <ul className="mt-2 list-disc ps-6">
              {problems.list.map((p, i) => (
                <li key={i}>
                  {p.line ? `${t("line", { line: p.line })}: ` : ""}
                  {t(`csv.${p.code}`, p.values)}
                </li>
              ))}
            </ul>
            {problems.total > problems.list.length ? <p className="mt-2">{t("importMore", { count: problems.total - problems.list.length })}</p> : null}
          </div>
        ) : null}
        <form method="post" action={`/api/org/${slug}/import`} encType="multipart/form-data" className="space-y-3">
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="file" className="block font-semibold">{t("file")}</label>
          <input id="file" name="file" type="file" accept=".csv,text/csv" required className="block" />
          <button type="submit" className="btn btn-primary">{t("importSubmit")}</button>
        </form>
      </section>
      <section aria-labelledby="members-title" className="space-y-3">
        <h2 id="members-title" className="text-xl font-semibold">{t("memberList")}</h2>
        <table className="w-full border-collapse" data-testid="member-table">
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="py-2 text-start">{t("name")}</th>
              <th scope="col" className="py-2 text-start">{t("email")}</th>
              <th scope="col" className="py-2 text-start">{t("group")}</th>
              <th scope="col" className="py-2 text-start">{t("role")}</th>
              {isOwner ? <th scope="col" className="py-2 text-start">{t("changeRole")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-b border-gray-200">
                <td className="py-2">{m.user.name}</td>
                <td className="py-2">{m.user.email}</td>
                <td className="py-2">{m.group?.name ?? t("none")}</td>
                <td className="py-2">{t(`roles.${m.role as "LEARNER"}`)}</td>
                {isOwner ? (
                  <td className="py-2">
                    {m.role !== "OWNER" ? (
                      <form method="post" action={`/api/org/${slug}/members/role`}>
                        <input type="hidden" name="userId" value={m.userId} />
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="role" value={m.role === "MANAGER" ? "LEARNER" : "MANAGER"} />
                        <button type="submit" className="btn btn-secondary">
                          {m.role === "MANAGER" ? t("makeLearner") : t("makeManager")}
                          <span className="sr-only">: {m.user.name}</span>
                        </button>
                      </form>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
