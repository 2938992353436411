"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactElement, type ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { cn } from "@/lib/utils";
import { CsvButton, type CsvFile } from "./csv-button";

/** The part of a React Query result a chart card reads. */
export type ChartQuery<T> = { data: T | undefined; isError: boolean; error: unknown; isPlaceholderData?: boolean };

type ChartCardProps<T> = {
  title: string;
  description?: ReactNode;
  query: ChartQuery<T>;
  /** the chart's data as a file, exactly the plotted series */
  csv: (data: T) => CsvFile;
  /** the text alternative of the chart, read out instead of the drawing */
  summary: (data: T) => string;
  /** a message instead of an empty chart when there is nothing to draw */
  empty?: (data: T) => string | null;
  /** why there is nothing to load (the query cannot run yet), instead of a skeleton */
  idle?: string | null;
  /** controls between the header and the chart */
  toolbar?: ReactNode;
  /** content under the chart once there is data (a table of figures) */
  footer?: (data: T) => ReactNode;
  className?: string;
  /** the recharts chart, drawn inside a ResponsiveContainer */
  children: (data: T) => ReactElement;
};

/** A titled card with one chart: loading skeleton, error, empty message, CSV download and a text summary. */
export function ChartCard<T>({ title, description, query, csv, summary, empty, idle, toolbar, footer, className, children }: ChartCardProps<T>) {
  const titleId = useId();
  const t = useTranslations("fleet.card");
  const errorMessage = useErrorMessage();
  const data = query.data;
  const emptyMessage = data === undefined ? null : (empty?.(data) ?? null);
  return (
    <Card aria-labelledby={titleId} className={cn("flex min-w-0 flex-col", className)}>
      <div className="flex flex-col items-start gap-3 border-b border-slate-100 px-5 py-4 sm:flex-row sm:justify-between">
        <div className="min-w-0 flex-1 space-y-1">
          <CardTitle id={titleId}>{title}</CardTitle>
          {description ? <CardDescription>{description}</CardDescription> : null}
        </div>
        <CsvButton what={title} disabled={data === undefined || emptyMessage !== null} file={() => (data === undefined ? null : csv(data))} />
      </div>
      {toolbar}
      <div className="flex-1 px-3 pt-4 pb-2 sm:px-4">
        {query.isError ? (
          <FormError message={errorMessage(query.error)} className="m-2" />
        ) : data === undefined && idle ? (
          <p className="flex h-72 items-center justify-center px-6 text-center text-sm text-slate-500">{idle}</p>
        ) : data === undefined ? (
          <div role="status" aria-label={t("loading", { title })}>
            <Skeleton className="h-72 w-full" />
          </div>
        ) : emptyMessage ? (
          <p className="flex h-72 items-center justify-center px-6 text-center text-sm text-slate-500">{emptyMessage}</p>
        ) : (
          <div
            role="img"
            aria-label={summary(data)}
            aria-busy={query.isPlaceholderData || undefined}
            className={cn("h-72 w-full transition-opacity", query.isPlaceholderData && "opacity-60")}
          >
            {/* The drawing is the picture; its text alternative is the label above. */}
            <div aria-hidden className="size-full">
              <ResponsiveContainer width="100%" height="100%">
                {children(data)}
              </ResponsiveContainer>
            </div>
          </div>
        )}
      </div>
      {data !== undefined && !emptyMessage && footer ? footer(data) : null}
    </Card>
  );
}
