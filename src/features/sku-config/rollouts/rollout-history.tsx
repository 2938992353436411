"use client";

import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { describeGate, describePlan, formatPercent, STATUS_BADGES, type RolloutSummary } from "./rollout-meta";

/** A SKU's rollouts, newest first: plan, gate, outcome and why. */
export function RolloutHistory({ rollouts }: { rollouts: RolloutSummary[] }) {
  return (
    <Table>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Started</TableHeaderCell>
          <TableHeaderCell>Versions</TableHeaderCell>
          <TableHeaderCell>Outcome</TableHeaderCell>
          <TableHeaderCell>Plan</TableHeaderCell>
          <TableHeaderCell>Gate</TableHeaderCell>
          <TableHeaderCell>Ended</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rollouts.map((rollout) => {
          const badge = STATUS_BADGES[rollout.status];
          return (
            <TableRow key={rollout.rolloutId}>
              <TableCell className="whitespace-nowrap">
                <DateTime value={rollout.createdAt} />
              </TableCell>
              <TableCell className="whitespace-nowrap">
                v{rollout.fromVersion} → v{rollout.toVersion}
              </TableCell>
              <TableCell className="min-w-56">
                <span className="flex flex-wrap items-center gap-2">
                  <Badge tone={badge.tone}>{badge.label}</Badge>
                  <span className="text-xs text-slate-500">at {formatPercent(rollout.status === "completed" ? 100 : rollout.steps[rollout.stepIndex] ?? 0)}</span>
                </span>
                {rollout.reason ? <span className="mt-1 block text-xs text-slate-600">{rollout.reason}</span> : null}
              </TableCell>
              <TableCell>{describePlan(rollout)}</TableCell>
              <TableCell className="min-w-48 text-slate-600">{describeGate(rollout.gate)}</TableCell>
              <TableCell className="whitespace-nowrap">{rollout.finishedAt ? <DateTime value={rollout.finishedAt} /> : "—"}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
