"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { errorReason, fieldErrors } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { OperatorPackage } from "./operator-meta";
import { useFieldProblems } from "./field-problem";
import { PackageFormFields } from "./package-form-fields";
import { changedFields, packageValues, parsePackage, type PackageErrors, type PackageFields, type PackageValues } from "./package-values";

/** Creates a license package, or saves the changes to `pkg`; validated here and by the server. */
export function PackageForm({ pkg, onSaved }: { pkg?: OperatorPackage; onSaved: () => void }) {
  const t = useTranslations("operator.packages");
  const tc = useTranslations("operator.common");
  const errorMessage = useErrorMessage();
  const messages = useFieldProblems();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const create = useMutation(trpc.operator.createPackage.mutationOptions());
  const update = useMutation(trpc.operator.updatePackage.mutationOptions());
  const [values, setValues] = useState<PackageValues>(() => packageValues(pkg));
  const [errors, setErrors] = useState<PackageErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const onChange = (patch: Partial<PackageValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    // An edited field's message is out of date; the others stay until the next submit.
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch))));
  };

  const onSuccess = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.operator.packages.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.license.packages.pathKey() }),
    ]);
    onSaved();
  };
  const onError = (cause: unknown) => {
    const byField: PackageErrors = fieldErrors(cause);
    if (errorReason(cause) === "LOOKUP_KEY_TAKEN") byField.stripeLookupKey = errorMessage(cause);
    setErrors(byField);
    setFormError(Object.keys(byField).length > 0 ? tc("checkFields") : errorMessage(cause));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const parsed = parsePackage(values);
    if (!parsed.ok) {
      setErrors(messages(parsed.errors));
      setFormError(tc("checkFields"));
      return;
    }
    setErrors({});
    if (!pkg) {
      create.mutate(parsed.fields, { onSuccess, onError });
      return;
    }
    const before = parsePackage(packageValues(pkg));
    const changes: Partial<PackageFields> = before.ok ? changedFields(before.fields, parsed.fields) : parsed.fields;
    if (Object.keys(changes).length === 0) onSaved();
    else update.mutate({ id: pkg.id, ...changes }, { onSuccess, onError });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={pkg ? t("editNamed", { name: pkg.name }) : t("new")} className="mt-5 space-y-4">
      <PackageFormFields id={id} values={values} errors={errors} onChange={onChange} />
      <FormError message={formError} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{tc("cancel")}</Button>
        </DialogClose>
        <Button type="submit" pending={create.isPending || update.isPending}>
          {pkg ? t("save") : t("create")}
        </Button>
      </DialogFooter>
    </form>
  );
}
