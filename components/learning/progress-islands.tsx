"use client";

import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useProgress, type ClientCourseProgress } from "./progress-context";

/** "40% complete" on a course card, for a signed-in learner who has started it. */
export function CourseProgressBadge({ course }: { course: string }) {
  const t = useTranslations("courses");
  const { courses } = useProgress();
  const p = courses[course];
  if (!p?.started) return null;
  return (
    <p className="mt-2 text-sm font-semibold text-brand-dark" data-testid={`progress-${course}`}>
      {p.completedAt ? t("completed") : t("percentComplete", { percent: p.percent })}
      <span aria-hidden="true" className="mt-1 block h-2 w-full overflow-hidden rounded bg-gray-200">
        <span className="block h-full bg-brand" style={{ inlineSize: `${p.completedAt ? 100 : p.percent}%` }} />
      </span>
    </p>
  );
}

/** Start, Continue (at the first unfinished lesson) or Review, for the course page. */
export function StartOrContinue({ course, lessons }: { course: string; lessons: { slug: string; title: string }[] }) {
  const t = useTranslations("courses");
  const { status, courses } = useProgress();
  const p = courses[course];
  const first = lessons[0];
  if (status === "ready" && p?.started) {
    const next = lessons.find((l) => l.slug === p.nextLesson);
    if (p.lessonsComplete || !next) {
      return (
        <Link href={`/courses/${course}/${first.slug}`} className="btn btn-secondary" data-testid="course-cta">
          {t("review")}
        </Link>
      );
    }
    return (
      <Link href={`/courses/${course}/${next.slug}`} className="btn btn-primary" data-testid="course-cta">
        {t("continue", { lesson: next.title })}
      </Link>
    );
  }
  return (
    <div className="space-y-2">
      <Link href={`/courses/${course}/${first.slug}`} className="btn btn-primary" data-testid="course-cta">
        {t("start")}
      </Link>
      {status === "signed-out" ? <p className="text-sm">{t("signInToTrack")}</p> : null}
    </div>
  );
}

/** A tick beside a completed lesson in an outline (visible and announced). */
export function CompletedMark({ course, lesson }: { course: string; lesson: string }) {
  const t = useTranslations("lesson");
  const p = useProgress().courses[course];
  if (!p?.completedLessons.includes(lesson)) return null;
  return (
    <span className="ms-2 font-semibold text-brand-dark" data-testid={`completed-${lesson}`}>
      <span aria-hidden="true">✓</span>
      <span className="sr-only"> ({t("completedMark")})</span>
    </span>
  );
}

async function postProgress(course: string, lesson: string, event: "opened" | "completed"): Promise<ClientCourseProgress | null> {
  const response = await fetch("/api/progress", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ course, lesson, event }),
  });
  if (!response.ok) return null;
  return (await response.json()).progress as ClientCourseProgress;
}

/** Records that a signed-in learner opened this lesson. */
export function RecordLessonOpened({ course, lesson }: { course: string; lesson: string }) {
  const { status, update } = useProgress();
  const sent = useRef(false);
  useEffect(() => {
    if (status !== "ready" || sent.current) return;
    sent.current = true;
    postProgress(course, lesson, "opened").then((p) => p && update(p), () => {});
  }, [status, course, lesson, update]);
  return null;
}

/** The button at the end of a lesson. Safe to press twice: completion is recorded once. */
export function MarkComplete({ course, lesson }: { course: string; lesson: string }) {
  const t = useTranslations("lesson");
  const locale = useLocale();
  const { status, courses, update } = useProgress();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const done = courses[course]?.completedLessons.includes(lesson);

  if (status === "signed-out") {
    const back = `/${locale}/courses/${course}/${lesson}`;
    return (
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`} className="btn btn-secondary">
        {t("signInToSave")}
      </Link>
    );
  }
  if (done) {
    return (
      <p className="inline-flex items-center gap-2 rounded-md bg-brand-soft px-4 py-2 font-semibold text-brand-dark" role="status" data-testid="lesson-complete">
        <span aria-hidden="true">✓</span> {t("markedComplete")}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <button
        type="button"
        className="btn btn-primary"
        disabled={busy || status === "loading"}
        onClick={async () => {
          setBusy(true);
          setError(false);
          const p = await postProgress(course, lesson, "completed").catch(() => null);
          if (p) update(p);
          else setError(true);
          setBusy(false);
        }}
      >
        {busy ? t("marking") : t("markComplete")}
      </button>
      {error ? (
        <p role="alert" className="font-semibold text-error">
          {t("markError")}
        </p>
      ) : null}
    </div>
  );
}
