"use client";

import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTranslations } from "next-intl";
import { STATUS_TONES, useRolloutWords, type RolloutSummary } from "./rollout-meta";

/** A SKU's rollouts, newest first: plan, gate, outcome and why. */
export function RolloutHistory({ rollouts }: { rollouts: RolloutSummary[] }) {
  const t = useTranslations("rollouts.history");
  const words = useRolloutWords();
  return (
    <Table>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t("started")}</TableHeaderCell>
          <TableHeaderCell>{t("versions")}</TableHeaderCell>
          <TableHeaderCell>{t("outcome")}</TableHeaderCell>
          <TableHeaderCell>{t("plan")}</TableHeaderCell>
          <TableHeaderCell>{t("gate")}</TableHeaderCell>
          <TableHeaderCell>{t("ended")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rollouts.map((rollout) => {
          return (
            <TableRow key={rollout.rolloutId}>
              <TableCell className="whitespace-nowrap">
                <DateTime value={rollout.createdAt} />
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {t("versionPair", { from: rollout.fromVersion, to: rollout.toVersion })}
              </TableCell>
              <TableCell className="min-w-56">
                <span className="flex flex-wrap items-center gap-2">
                  <Badge tone={STATUS_TONES[rollout.status]}>{words.status(rollout.status)}</Badge>
                  <span className="text-xs text-slate-500">{t("at", { percent: words.percent(rollout.status === "completed" ? 100 : (rollout.steps[rollout.stepIndex] ?? 0)) })}</span>
                </span>
                {rollout.reason ? <span className="mt-1 block text-xs text-slate-600">{words.reason(rollout)}</span> : null}
              </TableCell>
              <TableCell>{words.plan(rollout)}</TableCell>
              <TableCell className="min-w-48 text-slate-600">{words.gate(rollout.gate)}</TableCell>
              <TableCell className="whitespace-nowrap">{rollout.finishedAt ? <DateTime value={rollout.finishedAt} /> : "—"}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
