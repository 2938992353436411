"use client";

import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useFieldProblems, type FieldProblems } from "./field-problem";
import { useFormDialog } from "./use-form-dialog";

/** The part of a tRPC mutation the dialog uses. */
type SaveMutation<I> = {
  isPending: boolean;
  mutate(input: I, options: { onSuccess: () => Promise<void>; onError: (cause: unknown) => void }): void;
};

type RecordFormDialogProps<V extends Record<string, string>, I> = {
  /** the trigger: an "Edit" button labelled `editLabel` for an existing record, else a primary button reading `newLabel` */
  editLabel?: string;
  newLabel: string;
  title: string;
  description: string;
  formLabel: string;
  saveLabel: string;
  initial: () => V;
  fields: (values: V) => { name: keyof V & string; label: string; hint: string; disabled?: boolean }[];
  parse: (values: V) => { ok: true; input: I } | { ok: false; errors: FieldProblems<V> };
  save: SaveMutation<I>;
  /** after a save, before the dialog closes (refresh what shows the record) */
  onSaved: () => Promise<void>;
};

/** A dialog creating or editing one operator record through text fields, checked here before the server checks it again. */
export function RecordFormDialog<V extends Record<string, string>, I>(props: RecordFormDialogProps<V, I>) {
  const { editLabel, newLabel, title, description, formLabel, saveLabel, initial, fields, parse, save, onSaved } = props;
  const t = useTranslations("operator.common");
  const errorMessage = useErrorMessage();
  const messages = useFieldProblems();
  const id = useId();
  const { open, setOpen, onOpenChange, values, setValue, errors, setErrors, formError, setFormError } = useFormDialog(initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parse(values);
    setErrors(parsed.ok ? {} : messages(parsed.errors));
    if (!parsed.ok) return;
    save.mutate(parsed.input, {
      onSuccess: async () => {
        await onSaved();
        setOpen(false);
      },
      onError: (cause) => setFormError(errorMessage(cause)),
    });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant={editLabel ? "ghost" : "primary"} size={editLabel ? "sm" : "md"} aria-label={editLabel}>
          {editLabel ? <Pencil aria-hidden /> : <Plus aria-hidden />}
          {editLabel ? t("edit") : newLabel}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-md">
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
        <form onSubmit={onSubmit} noValidate aria-label={formLabel} className="mt-5 space-y-4">
          {fields(values).map(({ name, label, hint, disabled }) => (
            <TextField
              key={name}
              id={`${id}-${name}`}
              label={label}
              hint={hint}
              value={values[name] ?? ""}
              error={errors[name]}
              disabled={disabled}
              onChange={(value) => setValue(name, value)}
            />
          ))}
          <FormError message={formError} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">{t("cancel")}</Button>
            </DialogClose>
            <Button type="submit" pending={save.isPending}>
              {saveLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
