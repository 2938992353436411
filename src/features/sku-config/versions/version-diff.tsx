"use client";

import { useQuery } from "@tanstack/react-query";
import { GitCompareArrows } from "lucide-react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import type { Catalog } from "../config-types";
import { describeChange, type DiffLine } from "./diff-lines";

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
  const title = `Changes from version ${from} to version ${to}`;
  return (
    <Card aria-labelledby="diff-title">
      <CardHeader>
        <CardTitle id="diff-title">{title}</CardTitle>
        <CardDescription>Global settings, agents added, removed or moved, their tools and settings.</CardDescription>
      </CardHeader>
      <QueryStates
        query={diff}
        loadingLabel="Loading the changes"
        rows={3}
        empty={(data) =>
          data.changes.length === 0 ? (
            <EmptyState icon={GitCompareArrows} title="No differences" description={`Version ${to} configures devices exactly like version ${from}.`} />
          ) : null
        }
      >
        {(data) => (
          <ul aria-label={title} className="space-y-1.5 px-5 py-4 text-sm">
            {data.changes.map((change) => {
              const line = describeChange(change, catalog);
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
