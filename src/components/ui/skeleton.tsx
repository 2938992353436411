import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-slate-200/80", className)} {...props} />;
}

/** Placeholder rows for a table while its query loads; announced once to screen readers ("Loading" unless told). */
export function TableSkeleton({ rows = 4, label }: { rows?: number; label?: string }) {
  const t = useTranslations("common");
  return (
    <div className="space-y-3 px-4 py-4" role="status" aria-label={label ?? t("loading")}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-6 w-full" />
      ))}
    </div>
  );
}
