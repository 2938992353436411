"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { Select } from "@/components/ui/select";
import { errorReason, fieldErrors } from "@/lib/errors";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { SKU_KINDS } from "@/shared/sku-schemas";
import { CAPABILITIES, LANGUAGE_SUGGESTIONS, type Sku, type SkuKind } from "./sku-meta";

type Values = {
  name: string;
  code: string;
  kind: SkuKind;
  capabilities: Sku["capabilities"];
  hardwareRevision: string;
  defaultLanguage: string;
  notes: string;
};

const EMPTY: Values = {
  name: "",
  code: "",
  kind: "glasses",
  capabilities: { camera: false, mic: true, speaker: true, screen: false },
  hardwareRevision: "",
  defaultLanguage: "en",
  notes: "",
};

function valuesOf(sku: Sku | undefined): Values {
  if (!sku) return EMPTY;
  const { name, code, kind, capabilities, hardwareRevision, defaultLanguage, notes } = sku;
  return { name, code, kind, capabilities, hardwareRevision: hardwareRevision ?? "", defaultLanguage, notes: notes ?? "" };
}

/** Only what changed, so the audit log records real edits; emptied optional fields become null. */
function changes(before: Values, after: Values) {
  const sameCaps = CAPABILITIES.every(({ key }) => before.capabilities[key] === after.capabilities[key]);
  return {
    ...(after.name !== before.name ? { name: after.name } : {}),
    ...(after.code !== before.code ? { code: after.code } : {}),
    ...(after.kind !== before.kind ? { kind: after.kind } : {}),
    ...(sameCaps ? {} : { capabilities: after.capabilities }),
    ...(after.hardwareRevision !== before.hardwareRevision ? { hardwareRevision: after.hardwareRevision.trim() || null } : {}),
    ...(after.defaultLanguage !== before.defaultLanguage ? { defaultLanguage: after.defaultLanguage } : {}),
    ...(after.notes !== before.notes ? { notes: after.notes.trim() || null } : {}),
  };
}

type SkuFormProps = {
  orgSlug: string;
  /** the SKU to edit; without it the form creates one */
  sku?: Sku;
  onSaved: (sku: RouterOutputs["sku"]["create"]) => void;
  onCancel?: () => void;
};

/** Every field of a SKU, with the server's validation messages next to the fields they concern. */
export function SkuForm({ orgSlug, sku, onSaved, onCancel }: SkuFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.sku.create.mutationOptions());
  const update = useMutation(trpc.sku.update.mutationOptions());
  const id = useId();
  const t = useTranslations("skus");
  const errorMessage = useErrorMessage();
  const initial = valuesOf(sku);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));
  const diff = changes(initial, values);
  const unchanged = sku !== undefined && Object.keys(diff).length === 0;

  const onError = (cause: unknown) => {
    const byField = fieldErrors(cause);
    const reason = errorReason(cause);
    if (reason === "SKU_CODE_TAKEN") byField.code = errorMessage(cause);
    if (reason === "CAPABILITY_IN_USE") byField.capabilities = errorMessage(cause);
    setErrors(byField);
    setFormError(Object.keys(byField).length > 0 ? t("form.checkFields") : errorMessage(cause));
  };

  const onSuccess = async (saved: RouterOutputs["sku"]["create"]) => {
    await queryClient.invalidateQueries({ queryKey: trpc.sku.pathKey() });
    onSaved(saved);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    if (sku) update.mutate({ orgSlug, skuId: sku.id, ...diff }, { onSuccess, onError });
    else {
      const { hardwareRevision, notes, ...rest } = values;
      create.mutate({ orgSlug, ...rest, hardwareRevision: hardwareRevision.trim() || null, notes: notes.trim() || null }, { onSuccess, onError });
    }
  };

  /** Props tying a control to its hint and its error message. */
  const describe = (field: string, hint = false) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": [hint && `${id}-${field}-hint`, errors[field] && `${id}-${field}-error`].filter(Boolean).join(" ") || undefined,
  });
  const fieldError = (field: string) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="text-xs text-red-700">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form onSubmit={onSubmit} className="space-y-5" aria-label={sku ? t("form.editLabel") : t("form.newLabel")} noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("form.name")} htmlFor={`${id}-name`}>
          <Input id={`${id}-name`} value={values.name} maxLength={100} onChange={(e) => set({ name: e.target.value })} {...describe("name")} />
          {fieldError("name")}
        </Field>
        <Field label={t("form.code")} htmlFor={`${id}-code`} hint={t("form.codeHint")}>
          <Input
            id={`${id}-code`}
            value={values.code}
            maxLength={40}
            spellCheck={false}
            autoCapitalize="none"
            className="font-mono"
            placeholder="GLS-2"
            onChange={(e) => set({ code: e.target.value })}
            {...describe("code", true)}
          />
          {fieldError("code")}
        </Field>
        <Field label={t("form.kind")} htmlFor={`${id}-kind`}>
          <Select id={`${id}-kind`} value={values.kind} onChange={(e) => set({ kind: SKU_KINDS.find((k) => k === e.target.value) ?? "other" })}>
            {SKU_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </Select>
          {fieldError("kind")}
        </Field>
        <Field label={t("form.hardwareRevision")} htmlFor={`${id}-hardwareRevision`} hint={t("form.hardwareRevisionHint")}>
          <Input id={`${id}-hardwareRevision`} value={values.hardwareRevision} maxLength={40} onChange={(e) => set({ hardwareRevision: e.target.value })} {...describe("hardwareRevision", true)} />
          {fieldError("hardwareRevision")}
        </Field>
        <Field label={t("form.defaultLanguage")} htmlFor={`${id}-defaultLanguage`} hint={t("form.defaultLanguageHint")}>
          <Input
            id={`${id}-defaultLanguage`}
            value={values.defaultLanguage}
            list={`${id}-languages`}
            maxLength={35}
            spellCheck={false}
            autoCapitalize="none"
            onChange={(e) => set({ defaultLanguage: e.target.value })}
            {...describe("defaultLanguage", true)}
          />
          <datalist id={`${id}-languages`}>
            {LANGUAGE_SUGGESTIONS.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
          {fieldError("defaultLanguage")}
        </Field>
        <fieldset className="sm:col-span-2" {...describe("capabilities")}>
          <legend className="text-sm font-medium text-slate-800">{t("form.capabilities")}</legend>
          <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {CAPABILITIES.map(({ key, icon: Icon }) => (
              <label
                key={key}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50/50"
              >
                <Checkbox
                  checked={values.capabilities[key]}
                  onChange={(e) => set({ capabilities: { ...values.capabilities, [key]: e.target.checked } })}
                />
                <Icon className="size-4 text-slate-500" aria-hidden />
                {t(`capabilities.${key}`)}
              </label>
            ))}
          </div>
          <div role={errors.capabilities ? "alert" : undefined}>{fieldError("capabilities")}</div>
        </fieldset>
        <Field label={t("form.notes")} htmlFor={`${id}-notes`} className="sm:col-span-2" hint={t("form.notesHint")}>
          <Textarea
            id={`${id}-notes`}
            value={values.notes}
            rows={3}
            maxLength={2000}
            onChange={(e) => set({ notes: e.target.value })}
            {...describe("notes", true)}
          />
          {fieldError("notes")}
        </Field>
      </div>
      <FormError message={formError} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
        ) : null}
        <Button type="submit" pending={create.isPending || update.isPending} disabledReason={unchanged ? t("form.nothingToSave") : null}>
          {sku ? t("form.save") : t("form.create")}
        </Button>
      </div>
    </form>
  );
}
