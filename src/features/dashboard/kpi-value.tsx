"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { cn } from "@/lib/utils";

/** A tile's figure, linking to the page with the details. */
export function KpiValue({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <p className={cn("mt-3 text-2xl font-semibold text-slate-900 tabular-nums", className)}>
      <Link href={href} className="hover:underline">
        {children}
      </Link>
    </p>
  );
}

export const KpiHint = ({ children }: { children: ReactNode }) => <p className="mt-1 text-xs text-slate-500">{children}</p>;

/** A tile with nothing to show yet: what it will show. */
export function KpiEmpty({ title, hint }: { title: string; hint: string }) {
  return (
    <>
      <p className="mt-3 text-base font-semibold text-slate-900">{title}</p>
      <KpiHint>{hint}</KpiHint>
    </>
  );
}

/** A tile whose figures failed to load. */
export function KpiUnavailable({ error }: { error: unknown }) {
  const t = useTranslations("dashboard");
  const errorMessage = useErrorMessage();
  return <KpiEmpty title={t("unavailable")} hint={errorMessage(error)} />;
}

export const KpiSkeleton = () => <Skeleton className="mt-3 h-6 w-32" />;
