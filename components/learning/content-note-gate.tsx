"use client";

import { useCallback, useSyncExternalStore, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

const EVENT = "content-note-acknowledged";
const storageKey = (lesson: string) => `content-note:${lesson}`;

function subscribe(callback: () => void) {
  window.addEventListener(EVENT, callback);
  window.addEventListener("storage", callback);
  return () => {
    window.removeEventListener(EVENT, callback);
    window.removeEventListener("storage", callback);
  };
}

function readAcknowledged(lesson: string): boolean {
  try {
    return window.localStorage.getItem(storageKey(lesson)) === "1";
  } catch {
    return false;
  }
}

/**
 * A lesson with a content note: the note comes first and the learner chooses to continue (remembered
 * on this device, per lesson) or go back. The choice is not sent anywhere. Without JavaScript the
 * lesson is simply shown under the note (see the <noscript> style), so nobody is locked out.
 */
export function ContentNoteGate({ lesson, backHref, children }: { lesson: string; backHref: string; children: ReactNode }) {
  const t = useTranslations("lesson");
  const acknowledged = useSyncExternalStore(
    subscribe,
    () => readAcknowledged(lesson),
    () => false,
  );
  const onContinue = useCallback(() => {
    try {
      window.localStorage.setItem(storageKey(lesson), "1");
    } catch {}
    window.dispatchEvent(new Event(EVENT));
    requestAnimationFrame(() => document.getElementById("lesson-start")?.focus());
  }, [lesson]);

  return (
    <>
      {acknowledged ? null : (
        <div className="gate-controls no-print flex flex-wrap gap-3" data-testid="content-note-choice">
          <button type="button" className="btn btn-primary" onClick={onContinue}>
            {t("continueToLesson")}
          </button>
          <Link href={backHref} className="btn btn-secondary">
            {t("goBack")}
          </Link>
        </div>
      )}
      <noscript>
        <style>{".lesson-gated{display:block!important}.gate-controls{display:none!important}"}</style>
      </noscript>
      <div className="lesson-gated" data-gated={acknowledged ? undefined : ""}>
        <div id="lesson-start" tabIndex={-1} className="focus:outline-none" />
        {children}
      </div>
    </>
  );
}
