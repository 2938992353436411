"use client";

import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { RolloutControls } from "./rollout-controls";
import { STATUS_TONES, useRolloutWords, type ActiveRollout } from "./rollout-meta";

/** The steps as a row of stops, the current one marked; passed ones filled. */
function StepTrack({ rollout }: { rollout: ActiveRollout }) {
  const t = useTranslations("rollouts.card");
  const words = useRolloutWords();
  return (
    <ol aria-label={t("steps")} className="flex flex-wrap items-center gap-2 text-sm">
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
            {words.percent(step)}
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
  const t = useTranslations("rollouts.card");
  const words = useRolloutWords();
  const { cohorts, gateCheck } = rollout;
  return (
    <Card aria-labelledby="active-rollout-title">
      <CardHeader className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="active-rollout-title" className="flex flex-wrap items-center gap-2">
            {t("title", { from: rollout.fromVersion, to: rollout.toVersion })}
            <Badge tone={STATUS_TONES[rollout.status]}>{words.status(rollout.status)}</Badge>
          </CardTitle>
          <CardDescription>
            {t("started")} <DateTime value={rollout.createdAt} /> · {words.plan(rollout)}
          </CardDescription>
        </div>
        {canControl ? <RolloutControls orgSlug={orgSlug} rollout={rollout} /> : null}
      </CardHeader>
      <div className="space-y-5 px-5 pb-5">
        <div className="space-y-2">
          <StepTrack rollout={rollout} />
          <p className="text-sm text-slate-700" role="status">
            {t("share", { percent: words.percent(rollout.percent), version: rollout.toVersion })}
            {rollout.status === "paused" ? t("paused") : null}
            {rollout.stepEndsAt ? (
              <>
                {" "}
                · {rollout.stepIndex + 1 < rollout.steps.length ? t("nextStep") : t("completes")} <DateTime value={rollout.stepEndsAt} show="relative" />
              </>
            ) : null}
          </p>
        </div>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Figure label={t("onVersion", { version: rollout.toVersion })} value={words.count(cohorts.onNew)} hint={t("target", { expected: words.expectedOnNew(rollout) })} />
          <Figure label={t("onVersion", { version: rollout.fromVersion })} value={words.count(cohorts.onOld)} hint={t("seenSinceStart")} />
          <Figure label={t("notSeen")} value={words.count(Math.max(0, cohorts.active - cohorts.seenSinceStart))} hint={t("notSeenHint")} />
        </dl>
        <div className="rounded-md border border-slate-200 bg-slate-50/60 px-4 py-3 text-sm">
          <p className="font-medium text-slate-900">{t("gate", { gate: words.gate(rollout.gate) })}</p>
          {gateCheck ? (
            <>
              <p className="mt-1 text-slate-700">
                {t("soFar", { candidate: words.versionLatency(gateCheck.candidate, gateCheck.kind), baseline: words.versionLatency(gateCheck.baseline, gateCheck.kind) })}
              </p>
              <p className={cn("mt-1", gateCheck.verdict === "fail" ? "text-red-700" : gateCheck.verdict === "pass" ? "text-emerald-800" : "text-slate-600")}>
                {words.gateCheck(gateCheck)}
              </p>
            </>
          ) : rollout.gate ? (
            <p className="mt-1 text-slate-600">{t("justStarted")}</p>
          ) : (
            <p className="mt-1 text-slate-600">{t("noGate")}</p>
          )}
        </div>
      </div>
    </Card>
  );
}
