"use client";

import { useEffect } from "react";

/**
 * Asks the browser to confirm closing or reloading the tab while `active` (e.g. secrets
 * shown once and not saved yet). Browsers show their own wording, not ours.
 */
export function useBeforeUnload(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}
