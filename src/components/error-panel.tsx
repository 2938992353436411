"use client";

import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";

/** What an error boundary shows: no internals, a way to retry, and the digest for support. */
export function ErrorPanel({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <div role="alert" className="mx-auto flex max-w-md flex-col items-center gap-3 px-4 py-16 text-center">
      <span className="flex size-10 items-center justify-center rounded-full bg-red-50 text-red-600">
        <TriangleAlert className="size-5" aria-hidden />
      </span>
      <h1 className="text-xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="text-sm text-slate-600">
        This page could not be loaded. Try again in a moment; if it keeps failing, contact support
        {digest ? (
          <>
            {" "}
            with the reference <code className="rounded bg-slate-100 px-1 py-0.5 text-xs">{digest}</code>
          </>
        ) : null}
        .
      </p>
      <Button onClick={onRetry}>Try again</Button>
    </div>
  );
}
