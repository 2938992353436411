"use client";

import { useMutation } from "@tanstack/react-query";
import { Upload } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { controlClasses } from "@/components/ui/input";
import { errorMessage, errorStatus } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import type { Catalog, LineupIssue } from "../config-types";
import { IssuesSummary } from "./issues-summary";

/** The issues a refused publish carries in `data.details.issues`. */
function refusedIssues(error: unknown): LineupIssue[] {
  const data = typeof error === "object" && error !== null && "data" in error ? (error as { data?: { details?: { issues?: unknown } } }).data : undefined;
  const issues = data?.details?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((issue): issue is LineupIssue => typeof issue?.path === "string" && typeof issue?.message === "string");
}

type PublishDialogProps = {
  orgSlug: string;
  skuId: string;
  skuCode: string;
  catalog: Catalog;
  /** the saved draft revision to publish */
  revision: () => number;
  /** why publishing is not possible right now, shown next to the disabled button */
  disabledReason: string | null;
  onPublished: (version: number) => void;
  /** the server refused because of these problems (the draft changed since its last check) */
  onRefused: (issues: LineupIssue[]) => void;
  onReload: () => void;
};

/** Publish: a change note, then the saved draft becomes the next immutable version (or the dialog says why not). */
export function PublishDialog({ orgSlug, skuId, skuCode, catalog, revision, disabledReason, onPublished, onRefused, onReload }: PublishDialogProps) {
  const trpc = useTRPC();
  const id = useId();
  const publish = useMutation(trpc.skuConfig.publish.mutationOptions());
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [refusal, setRefusal] = useState<{ message: string; issues: LineupIssue[]; conflict: boolean } | null>(null);

  const onOpenChange = (next: boolean) => {
    if (publish.isPending) return;
    setOpen(next);
    setRefusal(null);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    publish.mutate(
      { orgSlug, skuId, revision: revision(), note: note.trim() || undefined },
      {
        onSuccess: ({ configVersion }) => {
          setOpen(false);
          setNote("");
          onPublished(configVersion);
        },
        onError: (error) => {
          const issues = refusedIssues(error);
          setRefusal({ message: errorMessage(error), issues, conflict: errorStatus(error) === 409 });
          if (issues.length > 0) onRefused(issues);
        },
      },
    );
  };

  return (
    <>
      <div className="flex flex-col items-stretch gap-1 sm:items-end">
        <Button disabled={disabledReason !== null} aria-describedby={disabledReason ? `${id}-reason` : undefined} onClick={() => onOpenChange(true)}>
          <Upload aria-hidden />
          Publish
        </Button>
        {disabledReason ? (
          <p id={`${id}-reason`} className="max-w-64 text-xs text-slate-600 sm:text-right">
            {disabledReason}
          </p>
        ) : null}
      </div>
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogContent className="max-w-xl">
          <DialogTitle>Publish configuration</DialogTitle>
          <DialogDescription>
            The draft becomes the next version of {skuCode}. Devices pick it up at their next boot or config refresh. Published versions never change; you can roll back.
          </DialogDescription>
          <form onSubmit={onSubmit} className="mt-5 space-y-4" noValidate>
            <Field label="Change note" htmlFor={`${id}-note`} hint="Optional. Shown in the version history, e.g. “Later bedtime for the holidays”.">
              <textarea
                id={`${id}-note`}
                value={note}
                rows={3}
                maxLength={500}
                onChange={(event) => setNote(event.target.value)}
                aria-describedby={`${id}-note-hint`}
                className={cn(controlClasses, "py-2")}
              />
            </Field>
            {refusal ? (
              <div className="space-y-3">
                <FormError message={refusal.issues.length > 0 ? "Nothing was published: the configuration has problems." : refusal.message} />
                <IssuesSummary issues={refusal.issues} catalog={catalog} id={`${id}-issues`} />
                {refusal.conflict ? (
                  <Button variant="secondary" size="sm" onClick={onReload}>
                    Reload the latest draft
                  </Button>
                ) : null}
              </div>
            ) : null}
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="secondary" disabled={publish.isPending}>
                  Cancel
                </Button>
              </DialogClose>
              <Button type="submit" pending={publish.isPending} disabled={refusal?.conflict}>
                Publish version
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
