"use client";

import { DateTime } from "@/components/ui/date-time";
import { useMutation } from "@tanstack/react-query";
import { Eye } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";

/**
 * Shown on every page of an organization an operator is looking at through a read-only view:
 * whose console this is, that nothing can be changed, when access ends, and the way out.
 */
export function OperatorViewBanner({ org, expiresAt }: { org: { id: string; name: string }; expiresAt: Date }) {
  const trpc = useTRPC();
  const t = useTranslations("operator.viewBanner");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const end = useMutation(trpc.operator.endOrgView.mutationOptions({ onSuccess: () => router.push("/operator") }));
  return (
    <div role="region" aria-label={t("label")} className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 sm:px-6 lg:px-8">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1">
        <Eye className="size-4 shrink-0" aria-hidden />
        <p className="min-w-0 flex-1">
          {t.rich("lead", {
            org: org.name,
            strong: (chunks) => <strong>{chunks}</strong>,
            // the server renders UTC, the browser its own zone: the browser's wins
            time: () => (
              <time dateTime={expiresAt.toISOString()} suppressHydrationWarning>
                <DateTime value={expiresAt} />
              </time>
            ),
          })}
        </p>
        <Button size="sm" variant="secondary" pending={end.isPending} onClick={() => end.mutate({ orgId: org.id })}>
          {t("end")}
        </Button>
        <FormError message={end.error ? errorMessage(end.error) : undefined} />
      </div>
    </div>
  );
}
