"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bookmark, ChevronDown, Save, Trash2 } from "lucide-react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { MAX_SAVED_FILTERS, SAVED_FILTER_KEYS, ZSavedFilterName } from "@/shared/saved-filters";

/** The current URL's filter and sort (what a saved filter keeps; never the page). */
function currentQuery(): string {
  const given = new URLSearchParams(window.location.search);
  const kept = new URLSearchParams();
  for (const key of SAVED_FILTER_KEYS) {
    const value = given.get(key);
    if (value) kept.set(key, value);
  }
  return kept.toString();
}

/**
 * "Saved filters": the user's named device-list views in this organization (stored on the
 * server, so they follow the user): apply one, save the current filter, delete one.
 */
export function SavedFiltersMenu({ orgSlug, hasFilter }: { orgSlug: string; hasFilter: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations("devices.savedFilters");
  const tCommon = useTranslations("common.actions");
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const id = useId();
  const saved = useQuery(trpc.device.savedFilters.queryOptions({ orgSlug }));
  const save = useMutation(trpc.device.saveFilter.mutationOptions());
  const remove = useMutation(trpc.device.deleteSavedFilter.mutationOptions());
  const [dialog, setDialog] = useState<"save" | "manage" | null>(null);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();
  const filters = saved.data ?? [];

  const apply = (query: string) => window.history.replaceState(null, "", `${pathname}?${query}`);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.device.savedFilters.queryKey({ orgSlug }) });

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = ZSavedFilterName.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    save.mutate(
      { orgSlug, name: parsed.data, query: currentQuery() },
      {
        onSuccess: async () => {
          await refresh();
          setDialog(null);
          setName("");
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary">
            <Bookmark aria-hidden />
            {t("menu")}
            <ChevronDown aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-64">
          <DropdownMenuLabel>{saved.isError ? t("loadFailed") : filters.length === 0 ? t("none") : t("apply")}</DropdownMenuLabel>
          {filters.map((filter) => (
            <DropdownMenuItem key={filter.id} onSelect={() => apply(filter.query)} className="truncate">
              {filter.name}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem
            disabled={!hasFilter}
            onSelect={() => {
              setError(undefined);
              setDialog("save");
            }}
          >
            <Save className="size-4" aria-hidden />
            {t("saveCurrent")}
          </DropdownMenuItem>
          {filters.length > 0 ? (
            <DropdownMenuItem onSelect={() => setDialog("manage")}>
              <Trash2 className="size-4" aria-hidden />
              {t("deleteSome")}
            </DropdownMenuItem>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>

      <Dialog open={dialog === "save"} onOpenChange={(open) => (save.isPending ? undefined : setDialog(open ? "save" : null))}>
        <DialogContent>
          <DialogTitle>{t("saveTitle")}</DialogTitle>
          <DialogDescription>{t("saveDescription", { max: MAX_SAVED_FILTERS })}</DialogDescription>
          <form onSubmit={onSave} noValidate className="mt-5 space-y-4">
            <Field label={t("name")} htmlFor={`${id}-name`}>
              <Input id={`${id}-name`} value={name} maxLength={60} autoComplete="off" onChange={(event) => setName(event.target.value)} aria-invalid={error ? true : undefined} />
            </Field>
            <FormError message={error} />
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="secondary" disabled={save.isPending}>
                  {tCommon("cancel")}
                </Button>
              </DialogClose>
              <Button type="submit" pending={save.isPending}>
                {t("save")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>

      <Dialog open={dialog === "manage"} onOpenChange={(open) => setDialog(open ? "manage" : null)}>
        <DialogContent>
          <DialogTitle>{t("manageTitle")}</DialogTitle>
          <DialogDescription>{t("manageDescription")}</DialogDescription>
          <ul className="mt-4 divide-y divide-slate-100" aria-label={t("listLabel")}>
            {filters.map((filter) => (
              <li key={filter.id} className="flex items-center gap-2 py-2">
                <span className="mr-auto min-w-0 truncate text-sm font-medium text-slate-900">{filter.name}</span>
                <ConfirmDialog
                  trigger={
                    <Button variant="danger-ghost" size="sm" aria-label={t("deleteLabel", { name: filter.name })}>
                      <Trash2 aria-hidden />
                      {t("delete")}
                    </Button>
                  }
                  title={t("deleteTitle", { name: filter.name })}
                  description={<p>{t("deleteDescription")}</p>}
                  confirmLabel={t("deleteConfirm")}
                  onConfirm={async () => {
                    await remove.mutateAsync({ orgSlug, filterId: filter.id });
                    await refresh();
                  }}
                />
              </li>
            ))}
          </ul>
        </DialogContent>
      </Dialog>
    </>
  );
}
