"use client";

import { ErrorPanel } from "@/components/error-panel";

/** Keeps the console shell (navigation) usable when one page fails. */
export default function ConsoleError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorPanel digest={error.digest} onRetry={retry} />;
}
