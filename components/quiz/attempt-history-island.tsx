"use client";

import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

type Row = { id: string; attemptNumber: number; startedAt: string; percent: number | null; passed: boolean | null; status: "open" | "submitted" | "expired" };

/** The signed-in learner's attempts at a course's assessment, on the (prerendered) course page. */
export function AttemptHistoryIsland({ course }: { course: string }) {
  const t = useTranslations("assessment");
  const format = useFormatter();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [signedIn, setSignedIn] = useState(true);
  useEffect(() => {
    fetch(`/api/quiz/attempts?course=${encodeURIComponent(course)}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data) => {
        setSignedIn(data.signedIn);
        setRows(data.attempts);
      })
      .catch(() => setRows([]));
  }, [course]);
  if (!signedIn) return <p className="text-sm">{t("signInForHistory")}</p>;
  if (!rows?.length) return null;
  return (
    <div className="mt-3">
      <h3 className="font-semibold">{t("history")}</h3>
      <ul className="mt-1 space-y-1 text-sm" data-testid="course-attempt-history">
        {rows.map((a) => (
          <li key={a.id}>
            {t("attempt", { n: a.attemptNumber })} · {format.dateTime(new Date(a.startedAt), { dateStyle: "medium" })} ·{" "}
            {a.status === "submitted" ? (
              <Link href={`/assessments/${course}/attempts/${a.id}/review`}>
                {a.percent}% — {a.passed ? t("passed") : t("failed")}
              </Link>
            ) : a.status === "open" ? (
              t("inProgress")
            ) : (
              t("expired")
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
