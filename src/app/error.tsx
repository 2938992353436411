"use client";

import { ErrorPanel } from "@/components/error-panel";

export default function RootError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <main>
      <ErrorPanel digest={error.digest} onRetry={retry} />
    </main>
  );
}
