"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

const EXIT_PATH = "/api/quick-exit";

/** Hides the page at once, then replaces this history entry with the neutral site, so Back does not return. */
function leaveNow() {
  document.documentElement.style.visibility = "hidden";
  document.title = "";
  window.location.replace(EXIT_PATH);
}

/**
 * "Exit this page", modelled on GOV.UK's component: a link (works without JavaScript) that, with
 * JavaScript, hides the page immediately; pressing Shift three times does the same.
 */
export function QuickExit() {
  const t = useTranslations("quickExit");
  const presses = useRef<number[]>([]);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Shift" || event.repeat) return;
      const now = Date.now();
      presses.current = [...presses.current.filter((at) => now - at < 1500), now];
      if (presses.current.length >= 3) leaveNow();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <a
      href={EXIT_PATH}
      rel="nofollow noreferrer"
      className="btn no-print bg-red-800 text-white no-underline hover:bg-red-900 hover:text-white"
      data-testid="quick-exit"
      aria-describedby="quick-exit-hint"
      onClick={(event) => {
        event.preventDefault();
        leaveNow();
      }}
    >
      {t("label")}
      <span id="quick-exit-hint" className="sr-only">
        {t("hint")}
      </span>
    </a>
  );
}
