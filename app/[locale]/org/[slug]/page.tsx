import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { getCourse, listCourses, localized } from "@/lib/content";
import { requireOrgPage } from "@/lib/org/guard";
import { collectRows, pageOfRows, summarise, type SortKey } from "@/lib/org/tracking";
import type { AssignmentStatus } from "@/lib/org/status";
import { CompletionsChart } from "@/components/org/completions-chart";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

const STATUSES: AssignmentStatus[] = ["not-started", "in-progress", "completed", "overdue", "expired"];
const SORTS: SortKey[] = ["name", "group", "status", "dueAt", "score"];
const PAGE_SIZE = 50;

export const metadata: Metadata = { robots: { index: false } };

/** The manager dashboard: per assignment counts, pass rate and average score; the learner table. */
export default async function OrgDashboard({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { org, membership } = await requireOrgPage(locale, slug, "MANAGER", `/${locale}/org/${slug}`);
  const t = await getTranslations({ locale, namespace: "org" });
  const format = await getFormatter({ locale });
  const q = await searchParams;
  const filter = {
    group: q.group || null,
    status: STATUSES.includes(q.status as AssignmentStatus) ? (q.status as AssignmentStatus) : null,
    course: q.course && getCourse(q.course) ? q.course : null,
  };
  const sort = SORTS.includes(q.sort as SortKey) ? (q.sort as SortKey) : "name";
  const dir = q.dir === "desc" ? "desc" : "asc";
  const [assignments, groups, rows] = await Promise.all([
    db.assignment.findMany({ where: { orgId: org.id }, include: { group: true }, orderBy: { dueAt: "asc" } }),
    db.group.findMany({ where: { orgId: org.id }, orderBy: { name: "asc" } }),
    collectRows(db, org.id),
  ]);
  const summaries = new Map(summarise(rows).map((s) => [s.assignmentId, s]));
  const filtered = rows.filter((r) => (!filter.group || r.group === filter.group) && (!filter.status || r.status === filter.status) && (!filter.course || r.courseSlug === filter.course));
  const table = pageOfRows(filtered, sort, dir, Number(q.page) || 1, PAGE_SIZE);
  const courseTitle = (s: string) => {
    const c = getCourse(s);
    return c ? localized(c.meta.title, locale) : s;
  };
  const query = (changes: Record<string, string | null>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ group: filter.group, status: filter.status, course: filter.course, sort, dir, ...changes })) if (v) p.set(k, String(v));
    return `?${p}`;
  };
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("dashboard", { org: org.name })}</h1>
      <nav aria-label={org.name} className="flex flex-wrap gap-3">
        <Link href={`/org/${slug}/members`} className="btn btn-secondary">{t("members")}</Link>
        <Link href={`/org/${slug}/assignments`} className="btn btn-secondary">{t("assignCourse")}</Link>
        {membership.role === "OWNER" ? <Link href={`/org/${slug}/audit`} className="btn btn-secondary">{t("audit")}</Link> : null}
      </nav>

      <section aria-labelledby="assignments-title" className="space-y-4">
        <h2 id="assignments-title" className="text-2xl font-semibold">{t("assignments")}</h2>
        {assignments.length === 0 ? <p>{t("noAssignments")}</p> : null}
        {assignments.map((a) => {
          const s = summaries.get(a.id);
          return (
            <article key={a.id} className="space-y-3 rounded-lg border border-gray-200 bg-white p-5" data-testid={`assignment-${a.courseSlug}`}>
              <h3 className="text-xl font-semibold">{courseTitle(a.courseSlug)}</h3>
              <p className="text-muted">
                {t("due", { date: date(a.dueAt) })} · {a.group?.name ?? t("wholeOrg")} · {t("learners", { count: s?.learners ?? 0 })}
              </p>
              <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
                {STATUSES.map((st) => (
                  <div key={st} className="rounded bg-gray-100 p-2">
                    <dt className="text-sm">{t(`status.${st}`)}</dt>
                    <dd className="text-xl font-semibold" data-testid={`count-${st}`}>{s?.counts[st] ?? 0}</dd>
                  </div>
                ))}
                <div className="rounded bg-gray-100 p-2">
                  <dt className="text-sm">{t("passRate")}</dt>
                  <dd className="text-xl font-semibold">{s?.passRate === null || !s ? t("none") : `${s.passRate}%`}</dd>
                </div>
                <div className="rounded bg-gray-100 p-2">
                  <dt className="text-sm">{t("averageScore")}</dt>
                  <dd className="text-xl font-semibold">{s?.averageScore === null || !s ? t("none") : `${s.averageScore}%`}</dd>
                </div>
              </dl>
              {s ? <CompletionsChart byDay={s.completionsByDay} labels={{ title: t("completionsOverTime"), table: t("completionsTable"), day: t("day"), count: t("count") }} /> : null}
            </article>
          );
        })}
      </section>

      <section aria-labelledby="learners-title" className="space-y-4">
        <h2 id="learners-title" className="text-2xl font-semibold">{t("learnerTable")}</h2>
        <form method="get" className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
          {[
            { id: "group", label: t("filterGroup"), value: filter.group, options: groups.map((g) => [g.name, g.name]) },
            { id: "status", label: t("filterStatus"), value: filter.status, options: STATUSES.map((st) => [st, t(`status.${st}`)]) },
            { id: "course", label: t("filterCourse"), value: filter.course, options: listCourses().map((c) => [c.slug, localized(c.meta.title, locale)]) },
          ].map((f) => (
            <div key={f.id} className="space-y-1">
              <label htmlFor={f.id} className="block font-semibold">{f.label}</label>
              <select id={f.id} name={f.id} defaultValue={f.value ?? ""} className="field-input">
                <option value="">{t("any")}</option>
                {f.options.map(([v, l]) => (
                  <option key={v} value={v}>{l}</option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="btn btn-primary">{t("apply")}</button>
        </form>
        <p>
          <a href={`/api/org/${slug}/export${query({ sort: null, dir: null })}`} data-testid="export-csv">{t("export")}</a>
        </p>
        {table.total === 0 ? (
          <p>{t("noRows")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-start" data-testid="learner-table">
              <thead>
                <tr className="border-b border-gray-300">
                  {([["name", t("name")], ["group", t("group")], [null, t("course")], ["status", t("filterStatus")], ["dueAt", t("dueDate")], ["score", t("score")]] as const).map(([key, label]) => (
                    <th key={label} scope="col" className="py-2 pe-3 text-start" aria-sort={key === sort ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                      {key ? (
                        <a href={query({ sort: key, dir: key === sort && dir === "asc" ? "desc" : "asc", page: null })} aria-label={t("sortBy", { column: label })}>
                          {label}
                        </a>
                      ) : (
                        label
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={`${r.assignmentId}-${r.userId}`} className="border-b border-gray-200">
                    <td className="py-2 pe-3">
                      <Link href={`/org/${slug}/learners/${r.userId}`}>{r.name}</Link>
                    </td>
                    <td className="py-2 pe-3">{r.group ?? t("none")}</td>
                    <td className="py-2 pe-3">{courseTitle(r.courseSlug)}</td>
                    <td className="py-2 pe-3" data-status={r.status}>{t(`status.${r.status}`)}</td>
                    <td className="py-2 pe-3">{date(r.dueAt)}</td>
                    <td className="py-2 pe-3">{r.bestPercent === null ? t("none") : `${r.bestPercent}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {table.pages > 1 ? (
          <nav aria-label={t("page", { page: table.page, pages: table.pages })} className="flex items-center gap-4">
            {table.page > 1 ? <a href={query({ page: String(table.page - 1) })}>{t("previous")}</a> : null}
            <span>{t("page", { page: table.page, pages: table.pages })}</span>
            {table.page < table.pages ? <a href={query({ page: String(table.page + 1) })}>{t("next")}</a> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
