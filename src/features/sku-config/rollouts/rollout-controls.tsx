"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FastForward, Pause, Play, Undo2 } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { NoteField } from "@/components/ui/textarea";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { formatPercent, type ActiveRollout } from "./rollout-meta";

type RolloutControlsProps = { orgSlug: string; rollout: ActiveRollout };

/** Abort: every device back on the old version, with an optional reason kept on the rollout. */
function AbortDialog({ orgSlug, rollout, onDone }: RolloutControlsProps & { onDone: () => Promise<unknown> }) {
  const trpc = useTRPC();
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
        Abort
      </Button>
      <Dialog open={open} onOpenChange={(next) => !abort.isPending && setOpen(next)}>
        <DialogContent className="max-w-lg">
          <DialogTitle>Abort the rollout of version {rollout.toVersion}?</DialogTitle>
          <DialogDescription>
            Every device goes back to version {rollout.fromVersion} at its next boot or config refresh. Version {rollout.toVersion} stays in the history; you can publish again later.
          </DialogDescription>
          <form onSubmit={onSubmit} className="mt-5 space-y-4" noValidate>
            <NoteField id={`${id}-reason`} label="Reason" hint="Optional. Kept on the rollout and in the audit log." value={reason} onChange={setReason} rows={2} />
            <FormError message={abort.isError ? errorMessage(abort.error) : null} />
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="secondary" disabled={abort.isPending}>
                  Keep rolling out
                </Button>
              </DialogClose>
              <Button type="submit" variant="danger" pending={abort.isPending}>
                Abort rollout
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

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <ConfirmDialog
          trigger={
            <Button size="sm">
              <FastForward aria-hidden />
              {next === undefined ? "Complete" : `Promote to ${formatPercent(next)}`}
            </Button>
          }
          title={next === undefined ? `Complete the rollout of version ${rollout.toVersion}?` : `Widen to ${formatPercent(next)} of devices now?`}
          description={
            next === undefined
              ? `Version ${rollout.toVersion} becomes the live version of every device, and the rollout ends.`
              : `The next step starts now instead of when this one ends.${rollout.gate ? " The gate keeps watching." : ""}`
          }
          confirmLabel={next === undefined ? "Complete rollout" : `Promote to ${formatPercent(next)}`}
          destructive={false}
          onConfirm={async () => {
            await promote.mutateAsync(id);
            await refresh();
          }}
        />
        <Button variant="secondary" size="sm" pending={toggle.isPending} onClick={() => toggle.mutate(id)}>
          {rollout.status === "paused" ? <Play aria-hidden /> : <Pause aria-hidden />}
          {rollout.status === "paused" ? "Resume" : "Pause"}
        </Button>
        <AbortDialog orgSlug={orgSlug} rollout={rollout} onDone={refresh} />
      </div>
      <FormError message={failed ? errorMessage(failed) : null} />
    </div>
  );
}
