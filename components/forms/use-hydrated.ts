"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * True once React has taken over the page (false in the server HTML and during hydration). Forms
 * that need JavaScript mark themselves with it (data-hydrated), and use method="post" so that a
 * submit before hydration never puts what was typed into the address bar.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
