"use client";

import { useMutation } from "@tanstack/react-query";
import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { NoteField } from "@/components/ui/textarea";
import { errorStatus } from "@/lib/errors";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { ZLineupIssue } from "@/shared/lineup-issues";
import type { Catalog, LineupIssue } from "../config-types";
import { IssuesSummary } from "./issues-summary";
import { defaultPlanForm, errorsAfterEdit, readPlanForm, type PlanField, type PlanForm } from "./rollout-plan";
import { RolloutPlanFields } from "./rollout-plan-fields";

/** The issues a refused publish carries in `data.details.issues`; one without a code we know is shown as the server wrote it. */
function refusedIssues(error: unknown): LineupIssue[] {
  const data = typeof error === "object" && error !== null && "data" in error ? (error as { data?: { details?: { issues?: unknown } } }).data : undefined;
  const issues = data?.details?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue): LineupIssue[] => {
    const known = ZLineupIssue.safeParse(issue);
    if (known.success) return [known.data];
    return typeof issue?.path === "string" && typeof issue?.message === "string" ? [{ path: issue.path, message: issue.message, code: "setting" }] : [];
  });
}

type PublishDialogProps = {
  orgSlug: string;
  skuId: string;
  skuCode: string;
  catalog: Catalog;
  /** the SKU's capabilities: the default gate judges its main interaction */
  capabilities: { mic: boolean };
  /** the version devices run now; null before the first publish (which goes to every device) */
  liveVersion: number | null;
  /** the saved draft revision to publish */
  revision: () => number;
  /** why publishing is not possible right now, shown next to the disabled button */
  disabledReason: string | null;
  onPublished: (published: { version: number; staged: boolean }) => void;
  /** the server refused because of these problems (the draft changed since its last check) */
  onRefused: (issues: LineupIssue[]) => void;
  onReload: () => void;
};

/** Publish: a change note, then the saved draft becomes the next immutable version (or the dialog says why not). */
export function PublishDialog({ orgSlug, skuId, skuCode, catalog, capabilities, liveVersion, revision, disabledReason, onPublished, onRefused, onReload }: PublishDialogProps) {
  const trpc = useTRPC();
  const t = useTranslations("skuConfig.publish");
  const errorMessage = useErrorMessage();
  const id = useId();
  const publish = useMutation(trpc.skuConfig.publish.mutationOptions());
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [staged, setStaged] = useState(false);
  const [plan, setPlan] = useState(() => defaultPlanForm(capabilities));
  const [planErrors, setPlanErrors] = useState<Partial<Record<PlanField, string>>>({});
  const [refusal, setRefusal] = useState<{ message: string; issues: LineupIssue[]; conflict: boolean } | null>(null);

  const onOpenChange = (next: boolean) => {
    if (publish.isPending) return;
    setOpen(next);
    setRefusal(null);
    setPlanErrors({});
  };
  const onPlanChange = (patch: Partial<PlanForm>) => {
    setPlan((current) => ({ ...current, ...patch }));
    setPlanErrors((current) => errorsAfterEdit(current, patch));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    const read = staged ? readPlanForm(plan) : null;
    setPlanErrors(read && "errors" in read ? read.errors : {});
    if (read && "errors" in read) return;
    publish.mutate(
      { orgSlug, skuId, revision: revision(), note: note.trim() || undefined, rollout: read?.plan },
      {
        onSuccess: ({ configVersion, rolloutId }) => {
          setOpen(false);
          setNote("");
          onPublished({ version: configVersion, staged: Boolean(rolloutId) });
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
          {t("button")}
        </Button>
        {disabledReason ? (
          <p id={`${id}-reason`} className="max-w-64 text-xs text-slate-600 sm:text-right">
            {disabledReason}
          </p>
        ) : null}
      </div>
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogContent className="max-h-[90vh] max-w-xl overflow-y-auto">
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description", { code: skuCode })}</DialogDescription>
          <form onSubmit={onSubmit} className="mt-5 space-y-4" noValidate>
            <fieldset className="space-y-2 text-sm">
              <legend className="mb-1 font-medium text-slate-900">{t("audience")}</legend>
              <label className="flex items-start gap-2">
                <input type="radio" name={`${id}-audience`} className="mt-0.5 size-4 accent-brand-600" checked={!staged} onChange={() => setStaged(false)} />
                <span>
                  <span className="font-medium">{t("allNow")}</span>
                  <span className="block text-xs text-slate-600">{t("allNowHint", { code: skuCode })}</span>
                </span>
              </label>
              <label className={cn("flex items-start gap-2", liveVersion === null && "text-slate-500")}>
                <input
                  type="radio"
                  name={`${id}-audience`}
                  className="mt-0.5 size-4 accent-brand-600"
                  checked={staged}
                  disabled={liveVersion === null}
                  onChange={() => setStaged(true)}
                  aria-describedby={`${id}-staged-hint`}
                />
                <span>
                  <span className="font-medium">{t("staged")}</span>
                  <span id={`${id}-staged-hint`} className="block text-xs text-slate-600">
                    {liveVersion === null ? t("stagedFirst") : t("stagedHint", { version: liveVersion })}
                  </span>
                </span>
              </label>
            </fieldset>
            {staged ? <RolloutPlanFields id={`${id}-plan`} form={plan} errors={planErrors} onChange={onPlanChange} /> : null}
            <NoteField id={`${id}-note`} label={t("note")} hint={t("noteHint")} value={note} onChange={setNote} />
            {refusal ? (
              <div className="space-y-3">
                <FormError message={refusal.issues.length > 0 ? t("refusedIssues") : refusal.message} />
                <IssuesSummary issues={refusal.issues} catalog={catalog} id={`${id}-issues`} />
                {refusal.conflict ? (
                  <Button variant="secondary" size="sm" onClick={onReload}>
                    {t("reloadDraft")}
                  </Button>
                ) : null}
              </div>
            ) : null}
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="secondary" disabled={publish.isPending}>
                  {t("cancel")}
                </Button>
              </DialogClose>
              <Button type="submit" pending={publish.isPending} disabled={refusal?.conflict}>
                {staged ? t("startRollout") : t("publishVersion")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
