"use client";

import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { formatCount } from "@/features/fleet/fleet-format";
import { cn } from "@/lib/utils";
import { RolloutControls } from "./rollout-controls";
import { describeGate, describeGateCheck, describePlan, describeVersionLatency, expectedOnNew, formatPercent, STATUS_BADGES, type ActiveRollout } from "./rollout-meta";

/** The steps as a row of stops, the current one marked; passed ones filled. */
function StepTrack({ rollout }: { rollout: ActiveRollout }) {
  return (
    <ol aria-label="Steps" className="flex flex-wrap items-center gap-2 text-sm">
      {rollout.steps.map((step, index) => {
        const state = index < rollout.stepIndex ? "done" : index === rollout.stepIndex ? "current" : "next";
        return (
          <li
            key={step}
            aria-current={state === "current" ? "step" : undefined}
            className={cn(
              "rounded-full px-3 py-1 font-medium tabular-nums ring-1 ring-inset",
              state === "done" && "bg-brand-50 text-brand-800 ring-brand-100",
              state === "current" && "bg-brand-600 text-white ring-brand-600",
              state === "next" && "bg-white text-slate-500 ring-slate-200",
            )}
          >
            {formatPercent(step)}
          </li>
        );
      })}
    </ol>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-md border border-slate-200 px-4 py-3">
      <dt className="text-xs font-medium text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900 tabular-nums">{value}</dd>
      {hint ? <dd className="text-xs text-slate-500">{hint}</dd> : null}
    </div>
  );
}

type ActiveRolloutCardProps = { orgSlug: string; rollout: ActiveRollout; canControl: boolean };

/** The rollout in progress: where it stands, who has which version, what the gate sees, and the controls. */
export function ActiveRolloutCard({ orgSlug, rollout, canControl }: ActiveRolloutCardProps) {
  const badge = STATUS_BADGES[rollout.status];
  const { cohorts, gateCheck } = rollout;
  return (
    <Card aria-labelledby="active-rollout-title">
      <CardHeader className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="active-rollout-title" className="flex flex-wrap items-center gap-2">
            Version {rollout.fromVersion} → version {rollout.toVersion}
            <Badge tone={badge.tone}>{badge.label}</Badge>
          </CardTitle>
          <CardDescription>
            Started <DateTime value={rollout.createdAt} /> · {describePlan(rollout)}
          </CardDescription>
        </div>
        {canControl ? <RolloutControls orgSlug={orgSlug} rollout={rollout} /> : null}
      </CardHeader>
      <div className="space-y-5 px-5 pb-5">
        <div className="space-y-2">
          <StepTrack rollout={rollout} />
          <p className="text-sm text-slate-700" role="status">
            {formatPercent(rollout.percent)} of devices get version {rollout.toVersion}
            {rollout.status === "paused" ? " — paused: the step clock is stopped." : null}
            {rollout.stepEndsAt ? (
              <>
                {" "}
                · {rollout.stepIndex + 1 < rollout.steps.length ? "next step" : "completes"} <DateTime value={rollout.stepEndsAt} show="relative" />
              </>
            ) : null}
          </p>
        </div>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Figure label={`On version ${rollout.toVersion}`} value={formatCount(cohorts.onNew)} hint={`Target ${expectedOnNew(rollout)}`} />
          <Figure label={`On version ${rollout.fromVersion}`} value={formatCount(cohorts.onOld)} hint="Seen since the rollout started" />
          <Figure label="Not seen yet" value={formatCount(Math.max(0, cohorts.active - cohorts.seenSinceStart))} hint="Pick their version at their next boot or refresh" />
        </dl>
        <div className="rounded-md border border-slate-200 bg-slate-50/60 px-4 py-3 text-sm">
          <p className="font-medium text-slate-900">Latency gate: {describeGate(rollout.gate)}</p>
          {gateCheck ? (
            <>
              <p className="mt-1 text-slate-700">This step so far: {describeVersionLatency(gateCheck.candidate, gateCheck.kind)}; {describeVersionLatency(gateCheck.baseline, gateCheck.kind)}.</p>
              <p className={cn("mt-1", gateCheck.verdict === "fail" ? "text-red-700" : gateCheck.verdict === "pass" ? "text-emerald-800" : "text-slate-600")}>
                {describeGateCheck(gateCheck)}
              </p>
            </>
          ) : rollout.gate ? (
            <p className="mt-1 text-slate-600">The step has just started: no telemetry yet.</p>
          ) : (
            <p className="mt-1 text-slate-600">Nothing rolls this version back automatically: watch the chart below.</p>
          )}
        </div>
      </div>
    </Card>
  );
}
