"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** What an error boundary shows: no internals, a way to retry, and the digest for support. */
export function ErrorPanel({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  const t = useTranslations("common.errorPanel");
  return (
    <div role="alert" className="mx-auto flex max-w-md flex-col items-center gap-3 px-4 py-16 text-center">
      <span className="flex size-10 items-center justify-center rounded-full bg-red-50 text-red-600">
        <TriangleAlert className="size-5" aria-hidden />
      </span>
      <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="text-sm text-slate-600">
        {digest
          ? t.rich("bodyWithDigest", { digest, code: (chunks) => <code className="rounded bg-slate-100 px-1 py-0.5 text-xs">{chunks}</code> })
          : t("body")}
      </p>
      <Button onClick={onRetry}>{t("retry")}</Button>
    </div>
  );
}
