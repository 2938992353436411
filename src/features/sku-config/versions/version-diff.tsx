"use client";

import { useQuery } from "@tanstack/react-query";
import { GitCompareArrows } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import type { Catalog } from "../config-types";
import { useSettingWording } from "../settings/setting-wording";
import { describeChange, type DiffLine, type DiffWords } from "./diff-lines";

const KIND_CLASSES: Record<DiffLine["kind"], string> = {
  added: "text-emerald-800 [&>span:first-child]:bg-emerald-100",
  removed: "text-red-800 [&>span:first-child]:bg-red-100",
  changed: "text-amber-900 [&>span:first-child]:bg-amber-100",
  moved: "text-slate-800 [&>span:first-child]:bg-slate-100",
};

type VersionDiffProps = { orgSlug: string; skuId: string; from: number; to: number; catalog: Catalog };

/** What changed from one version to another, one readable line per change. */
export function VersionDiff({ orgSlug, skuId, from, to, catalog }: VersionDiffProps) {
  const trpc = useTRPC();
  const diff = useQuery(trpc.skuConfig.diff.queryOptions({ orgSlug, skuId, from, to }));
  const t = useTranslations("skuConfig.versions");
  const lineup = useTranslations("skuConfig.lineup");
  const values = useSettingWording();
  const words: DiffWords = { text: (key, values) => t(key, values), globalSettings: lineup("globalTitle"), values };
  const title = t("diffTitle", { from, to });
  return (
    <Card aria-labelledby="diff-title">
      <CardHeader>
        <CardTitle id="diff-title">{title}</CardTitle>
        <CardDescription>{t("diffDescription")}</CardDescription>
      </CardHeader>
      <QueryStates
        query={diff}
        loadingLabel={t("diffLoading")}
        rows={3}
        empty={(data) =>
          data.changes.length === 0 ? (
            <EmptyState icon={GitCompareArrows} title={t("noDifferences")} description={t("noDifferencesDescription", { from, to })} />
          ) : null
        }
      >
        {(data) => (
          <ul aria-label={title} className="space-y-1.5 px-5 py-4 text-sm">
            {data.changes.map((change) => {
              const line = describeChange(change, catalog, words);
              return (
                <li key={`${change.kind}:${change.path}`} className={cn("flex items-start gap-2", KIND_CLASSES[line.kind])}>
                  <span aria-hidden className="inline-flex size-5 shrink-0 items-center justify-center rounded font-mono text-xs font-semibold">
                    {line.symbol}
                  </span>
                  <span className="break-words">{line.text}</span>
                </li>
              );
            })}
          </ul>
        )}
      </QueryStates>
    </Card>
  );
}
