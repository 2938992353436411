"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Tag, TagsIcon } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/lib/errors";
import { plural } from "@/lib/format";
import { useTRPC, type RouterInputs } from "@/lib/trpc";
import { ZTag } from "@/shared/device-tags";

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
  const queryClient = useQueryClient();
  const id = useId();
  const change = useMutation(trpc.device.changeTags.mutationOptions());
  const [open, setOpen] = useState(false);
  const [tag, setTag] = useState("");
  const [scope, setScope] = useState<"selected" | "matching">("selected");
  const [error, setError] = useState<string | undefined>();
  const verb = mode === "add" ? "Add tag" : "Remove tag";

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = ZTag.safeParse(tag);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    const tags = [parsed.data];
    const target = scope === "matching" && matching ? { filter: matching.filter } : { deviceIds: selectedIds };
    change.mutate(
      { orgSlug, ...target, add: mode === "add" ? tags : [], remove: mode === "remove" ? tags : [] },
      {
        onSuccess: async (result) => {
          await queryClient.invalidateQueries({ queryKey: trpc.device.pathKey() });
          setOpen(false);
          setTag("");
          const changed = mode === "add" ? result.added : result.removed;
          onDone(
            mode === "add"
              ? `Tag ${parsed.data} added to ${plural(changed, "device")} (${result.matched - changed} already had it).`
              : `Tag ${parsed.data} removed from ${plural(changed, "device")} (${result.matched - changed} did not have it).`,
          );
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
        <DialogTitle>{mode === "add" ? "Add a tag to devices" : "Remove a tag from devices"}</DialogTitle>
        <DialogDescription>Tags group devices: filter the list by them, or act on a group through the API.</DialogDescription>
        <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
          <Field label="Tag" htmlFor={`${id}-tag`} hint="Lowercase letters, digits and . _ : - (up to 32).">
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
              <legend className="mb-1 font-medium text-slate-900">Devices</legend>
              <label className="flex items-center gap-2">
                <input type="radio" name={`${id}-scope`} checked={scope === "selected"} onChange={() => setScope("selected")} />
                The {plural(selectedIds.length, "selected device")}
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name={`${id}-scope`} checked={scope === "matching"} onChange={() => setScope("matching")} />
                All {plural(matching.total, "device")} matching the filter
              </label>
            </fieldset>
          ) : null}
          <FormError message={error} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary" disabled={change.isPending}>
                Cancel
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
