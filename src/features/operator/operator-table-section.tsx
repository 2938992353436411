"use client";

import type { LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";

/** The operator page's list cards; each has title, description, loading, emptyTitle and emptyDescription under `operator.<section>`. */
export type OperatorSection = "packages" | "taxRates" | "tokenPrices" | "awaiting";

type OperatorTableSectionProps<T> = {
  section: OperatorSection;
  /** the card's button (e.g. "Set a rate"), beside the title */
  action?: ReactNode;
  query: { data: T[] | undefined; isError: boolean; error: unknown };
  /** skeleton rows while loading */
  rows: number;
  emptyIcon: LucideIcon;
  children: (list: T[]) => ReactNode;
};

/** A card of the operator page listing one kind of record: title, description and action, then loading, error, empty state or the table. */
export function OperatorTableSection<T>({ section, action, query, rows, emptyIcon, children }: OperatorTableSectionProps<T>) {
  const t = useTranslations(`operator.${section}`);
  const titleId = useId();
  const empty = <EmptyState icon={emptyIcon} title={t("emptyTitle")} description={t("emptyDescription")} />;
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader className={action ? "gap-3 sm:flex-row sm:items-center sm:justify-between" : undefined}>
        <div className="space-y-1">
          <CardTitle id={titleId}>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        {action}
      </CardHeader>
      <QueryStates query={query} loadingLabel={t("loading")} rows={rows} empty={(list) => (list.length === 0 ? empty : null)}>
        {children}
      </QueryStates>
    </Card>
  );
}
