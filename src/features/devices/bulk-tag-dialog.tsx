"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Tag, TagsIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC, type RouterInputs } from "@/lib/trpc";
import { useTagCheck } from "./use-tag-check";

type Filter = NonNullable<RouterInputs["device"]["changeTags"]["filter"]>;

type BulkTagDialogProps = {
  orgSlug: string;
  mode: "add" | "remove";
  selectedIds: string[];
  /** the list's filter and how many devices match it; omitted when the list is not filtered */
  matching?: { filter: Filter; total: number };
  onDone: (message: string) => void;
};

/** Bulk "Add tag" / "Remove tag": on the selected devices or on every device matching the filter. */
export function BulkTagDialog({ orgSlug, mode, selectedIds, matching, onDone }: BulkTagDialogProps) {
  const trpc = useTRPC();
  const t = useTranslations("devices.bulkTags");
  const tCommon = useTranslations("common.actions");
  const errorMessage = useErrorMessage();
  const tagCheck = useTagCheck();
  const queryClient = useQueryClient();
  const id = useId();
  const change = useMutation(trpc.device.changeTags.mutationOptions());
  const [open, setOpen] = useState(false);
  const [tag, setTag] = useState("");
  const [scope, setScope] = useState<"selected" | "matching">("selected");
  const [error, setError] = useState<string | undefined>();
  const verb = mode === "add" ? t("add") : t("remove");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = tagCheck.check(tag);
    if (!parsed.ok) return setError(parsed.problem);
    const tags = [parsed.tag];
    const target = scope === "matching" && matching ? { filter: matching.filter } : { deviceIds: selectedIds };
    change.mutate(
      { orgSlug, ...target, add: mode === "add" ? tags : [], remove: mode === "remove" ? tags : [] },
      {
        onSuccess: async (result) => {
          await queryClient.invalidateQueries({ queryKey: trpc.device.pathKey() });
          setOpen(false);
          setTag("");
          const changed = mode === "add" ? result.added : result.removed;
          onDone(t(mode === "add" ? "added" : "removed", { tag: parsed.tag, count: changed, already: result.matched - changed }));
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (change.isPending) return;
        setOpen(next);
        if (next) {
          setError(undefined);
          setScope("selected");
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          {mode === "add" ? <Tag aria-hidden /> : <TagsIcon aria-hidden />}
          {verb}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{mode === "add" ? t("addTitle") : t("removeTitle")}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
        <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
          <Field label={t("tag")} htmlFor={`${id}-tag`} hint={t("tagHint")}>
            <Input
              id={`${id}-tag`}
              value={tag}
              className="font-mono"
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setTag(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-tag-hint`}
            />
          </Field>
          {matching ? (
            <fieldset className="space-y-2 text-sm">
              <legend className="mb-1 font-medium text-slate-900">{t("devices")}</legend>
              <label className="flex items-center gap-2">
                <input type="radio" name={`${id}-scope`} checked={scope === "selected"} onChange={() => setScope("selected")} />
                {t("selected", { count: selectedIds.length })}
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name={`${id}-scope`} checked={scope === "matching"} onChange={() => setScope("matching")} />
                {t("matching", { count: matching.total })}
              </label>
            </fieldset>
          ) : null}
          <FormError message={error} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary" disabled={change.isPending}>
                {tCommon("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" pending={change.isPending}>
              {verb}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
