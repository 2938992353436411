"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FastForward, Pause, Play, Undo2 } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { NoteField } from "@/components/ui/textarea";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { useTranslations } from "next-intl";
import { useRolloutWords, type ActiveRollout } from "./rollout-meta";

type RolloutControlsProps = { orgSlug: string; rollout: ActiveRollout };

/** Abort: every device back on the old version, with an optional reason kept on the rollout. */
function AbortDialog({ orgSlug, rollout, onDone }: RolloutControlsProps & { onDone: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const t = useTranslations("rollouts.controls");
  const errorMessage = useErrorMessage();
  const id = useId();
  const abort = useMutation(trpc.rollout.abort.mutationOptions());
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    abort.mutate({ orgSlug, rolloutId: rollout.rolloutId, reason: reason.trim() || undefined }, { onSuccess: async () => { setOpen(false); await onDone(); } });
  };
  return (
    <>
      <Button variant="danger-ghost" size="sm" onClick={() => { abort.reset(); setOpen(true); }}>
        <Undo2 aria-hidden />
        {t("abort")}
      </Button>
      <Dialog open={open} onOpenChange={(next) => !abort.isPending && setOpen(next)}>
        <DialogContent className="max-w-lg">
          <DialogTitle>{t("abortTitle", { version: rollout.toVersion })}</DialogTitle>
          <DialogDescription>{t("abortDescription", { from: rollout.fromVersion, to: rollout.toVersion })}</DialogDescription>
          <form onSubmit={onSubmit} className="mt-5 space-y-4" noValidate>
            <NoteField id={`${id}-reason`} label={t("reason")} hint={t("reasonHint")} value={reason} onChange={setReason} rows={2} />
            <FormError message={abort.isError ? errorMessage(abort.error) : null} />
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="secondary" disabled={abort.isPending}>
                  {t("keepRolling")}
                </Button>
              </DialogClose>
              <Button type="submit" variant="danger" pending={abort.isPending}>
                {t("abortConfirm")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}

/** Promote, pause or resume, and abort: the hands on a rollout (skus:write). */
export function RolloutControls({ orgSlug, rollout }: RolloutControlsProps) {
  const trpc = useTRPC();
  const t = useTranslations("rollouts.controls");
  const words = useRolloutWords();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.rollout.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.skuConfig.pathKey() })]);
  const options = { onSettled: refresh };
  const promote = useMutation(trpc.rollout.promote.mutationOptions());
  const pause = useMutation(trpc.rollout.pause.mutationOptions(options));
  const resume = useMutation(trpc.rollout.resume.mutationOptions(options));
  const id = { orgSlug, rolloutId: rollout.rolloutId };
  const next = rollout.steps[rollout.stepIndex + 1];
  const toggle = rollout.status === "paused" ? resume : pause;
  const failed = pause.error ?? resume.error;
  const nextPercent = next === undefined ? "" : words.percent(next);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <ConfirmDialog
          trigger={
            <Button size="sm">
              <FastForward aria-hidden />
              {next === undefined ? t("complete") : t("promote", { percent: nextPercent })}
            </Button>
          }
          title={next === undefined ? t("completeTitle", { version: rollout.toVersion }) : t("promoteTitle", { percent: nextPercent })}
          description={next === undefined ? t("completeDescription", { version: rollout.toVersion }) : `${t("promoteDescription")}${rollout.gate ? t("gateWatching") : ""}`}
          confirmLabel={next === undefined ? t("completeConfirm") : t("promote", { percent: nextPercent })}
          destructive={false}
          onConfirm={async () => {
            await promote.mutateAsync(id);
            await refresh();
          }}
        />
        <Button variant="secondary" size="sm" pending={toggle.isPending} onClick={() => toggle.mutate(id)}>
          {rollout.status === "paused" ? <Play aria-hidden /> : <Pause aria-hidden />}
          {rollout.status === "paused" ? t("resume") : t("pause")}
        </Button>
        <AbortDialog orgSlug={orgSlug} rollout={rollout} onDone={refresh} />
      </div>
      <FormError message={failed ? errorMessage(failed) : null} />
    </div>
  );
}
