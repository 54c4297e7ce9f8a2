"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";

export type ClientCourseProgress = {
  courseSlug: string;
  started: boolean;
  completedLessons: string[];
  percent: number;
  nextLesson: string | null;
  lessonsComplete: boolean;
  completedAt: string | null;
};

type ProgressState = {
  status: "loading" | "signed-out" | "ready" | "error";
  courses: Record<string, ClientCourseProgress>;
  update: (course: ClientCourseProgress) => void;
};

const ProgressContext = createContext<ProgressState>({ status: "loading", courses: {}, update: () => {} });

/**
 * Loads the signed-in learner's progress once per page. Pages stay prerendered; only this
 * small island asks the server who is reading.
 */
export function ProgressProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Omit<ProgressState, "update">>({ status: "loading", courses: {} });
  useEffect(() => {
    let cancelled = false;
    fetch("/api/progress", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data: { signedIn: boolean; courses: ClientCourseProgress[] }) => {
        if (cancelled) return;
        setState({
          status: data.signedIn ? "ready" : "signed-out",
          courses: Object.fromEntries(data.courses.map((c) => [c.courseSlug, c])),
        });
      })
      .catch(() => !cancelled && setState({ status: "error", courses: {} }));
    return () => {
      cancelled = true;
    };
  }, []);
  const update = useCallback(
    (course: ClientCourseProgress) => setState((s) => ({ ...s, courses: { ...s.courses, [course.courseSlug]: course } })),
    [],
  );
  return <ProgressContext.Provider value={{ ...state, update }}>{children}</ProgressContext.Provider>;
}

export function useProgress() {
  return useContext(ProgressContext);
}
