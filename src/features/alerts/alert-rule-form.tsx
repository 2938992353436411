"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { fieldErrors } from "@/lib/errors";
import { useTRPC, type RouterInputs, type RouterOutputs } from "@/lib/trpc";
import { ALERT_RULE_KINDS, alertRuleDefaults, type AlertRuleKind } from "@/shared/alerts";
import { SLO_MS } from "@/shared/slo";

export type AlertRule = RouterOutputs["alert"]["list"][number];
type RuleInput = RouterInputs["alert"]["create"]["rule"];
type Draft = {
  kind: AlertRuleKind;
  name: string;
  skuId: string;
  interactionKind: "voice" | "video";
  threshold: string;
  windowMinutes: string;
  minSample: string;
  minIntervalMinutes: string;
  emailUserIds: string[];
};

function draftOf(rule: AlertRule | null): Draft {
  if (rule) {
    const { kind, name, skuId, interactionKind, threshold, windowMinutes, minSample, minIntervalMinutes, emailUserIds } = rule;
    return { kind, name, skuId: skuId ?? "", interactionKind: interactionKind ?? "voice", threshold: `${threshold}`, windowMinutes: `${windowMinutes}`, minSample: `${minSample}`, minIntervalMinutes: `${minIntervalMinutes}`, emailUserIds };
  }
  return { kind: "slo_breach", name: "", skuId: "", interactionKind: "voice", emailUserIds: [], ...asText(alertRuleDefaults("slo_breach")) };
}

const asText = (values: ReturnType<typeof alertRuleDefaults>) => ({
  threshold: `${values.threshold}`,
  windowMinutes: `${values.windowMinutes}`,
  minSample: `${values.minSample}`,
  minIntervalMinutes: `${values.minIntervalMinutes}`,
});

/** The draft as the server's schema reads it: each kind sends its own fields (numbers as typed; the server says what is wrong). */
function ruleOf(draft: Draft): RuleInput {
  const common = { name: draft.name, threshold: Number(draft.threshold), minIntervalMinutes: Number(draft.minIntervalMinutes), emailUserIds: draft.emailUserIds };
  if (draft.kind === "seats_low") return { kind: "seats_low", ...common };
  const scoped = { ...common, skuId: draft.skuId || null, windowMinutes: Number(draft.windowMinutes), minSample: Number(draft.minSample) };
  return draft.kind === "slo_breach" ? { kind: "slo_breach", ...scoped, interactionKind: draft.interactionKind } : { kind: "offline_spike", ...scoped };
}

type AlertRuleFormProps = { orgSlug: string; rule: AlertRule | null; open: boolean; onOpenChange: (open: boolean) => void };

/** Create or edit an alert rule in a dialog; the kind is fixed once a rule exists. */
export function AlertRuleForm({ orgSlug, rule, open, onOpenChange }: AlertRuleFormProps) {
  const t = useTranslations("alerts.form");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-2xl">
        <DialogTitle>{rule ? t("editTitle", { name: rule.name }) : t("newTitle")}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
        {open ? <RuleFields key={rule?.id ?? "new"} orgSlug={orgSlug} rule={rule} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function RuleFields({ orgSlug, rule, onDone }: { orgSlug: string; rule: AlertRule | null; onDone: () => void }) {
  const trpc = useTRPC();
  const t = useTranslations("alerts");
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const id = useId();
  const queryClient = useQueryClient();
  const skus = useQuery(trpc.sku.list.queryOptions({ orgSlug, includeArchived: false }));
  const members = useQuery(trpc.member.list.queryOptions({ orgSlug }));
  const create = useMutation(trpc.alert.create.mutationOptions());
  const update = useMutation(trpc.alert.update.mutationOptions());
  const save = rule ? update : create;
  const [draft, setDraft] = useState(() => draftOf(rule));
  const errors = fieldErrors(save.error, "rule");
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const onKind = (kind: AlertRuleKind) => set({ kind, ...asText(alertRuleDefaults(kind)) });
  const onInteractionKind = (kind: "voice" | "video") =>
    set({ interactionKind: kind, ...(draft.threshold === `${SLO_MS[draft.interactionKind]}` && { threshold: `${SLO_MS[kind]}` }) });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const done = { onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.alert.pathKey() }).then(onDone) };
    if (rule) update.mutate({ orgSlug, id: rule.id, rule: ruleOf(draft) }, done);
    else create.mutate({ orgSlug, rule: ruleOf(draft) }, done);
  };
  const formError = save.error && Object.keys(errors).length === 0 ? errorMessage(save.error) : null;
  const number = (field: "threshold" | "windowMinutes" | "minSample" | "minIntervalMinutes", label: ReactNode, hint?: string) => (
    <Field label={label} htmlFor={`${id}-${field}`} hint={hint}>
      <Input
        id={`${id}-${field}`}
        inputMode="numeric"
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-${field}-hint`, errors[field] && `${id}-${field}-error`)}
      />
      <FieldError id={`${id}-${field}-error`} message={errors[field]} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label={t("form.kind")} htmlFor={`${id}-kind`}>
          <Select id={`${id}-kind`} value={draft.kind} disabled={rule !== null} onChange={(event) => onKind(event.target.value as AlertRuleKind)}>
            {ALERT_RULE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}.label`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("form.name")} htmlFor={`${id}-name`}>
          <Input
            id={`${id}-name`}
            value={draft.name}
            maxLength={80}
            placeholder={t("form.namePlaceholder")}
            onChange={(event) => set({ name: event.target.value })}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy(errors.name && `${id}-name-error`)}
          />
          <FieldError id={`${id}-name-error`} message={errors.name} />
        </Field>
        {draft.kind !== "seats_low" ? (
          <Field label={t("form.devices")} htmlFor={`${id}-sku`}>
            <Select id={`${id}-sku`} value={draft.skuId} onChange={(event) => set({ skuId: event.target.value })}>
              <option value="">{t("form.wholeFleet")}</option>
              {(skus.data ?? []).map((sku) => (
                <option key={sku.id} value={sku.id}>
                  {sku.code} — {sku.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {draft.kind === "slo_breach" ? (
          <Field label={t("form.interaction")} htmlFor={`${id}-interaction`}>
            <Select id={`${id}-interaction`} value={draft.interactionKind} onChange={(event) => onInteractionKind(event.target.value as "voice" | "video")}>
              <option value="voice">{t("form.voiceOption", { slo: SLO_MS.voice.toLocaleString(locale === "en" ? "en-US" : locale) })}</option>
              <option value="video">{t("form.videoOption", { slo: SLO_MS.video.toLocaleString(locale === "en" ? "en-US" : locale) })}</option>
            </Select>
          </Field>
        ) : null}
        {number("threshold", t("form.fireWhen", { threshold: t(`kinds.${draft.kind}.threshold`) }))}
        {draft.kind !== "seats_low" ? number("windowMinutes", t(`kinds.${draft.kind}.window`)) : null}
        {draft.kind !== "seats_low" ? number("minSample", t(`kinds.${draft.kind}.minSample`), t("form.minSampleHint")) : null}
        {number("minIntervalMinutes", t("form.minInterval"))}
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-900">{t("form.recipients")}</legend>
        <div className="grid max-h-48 grid-cols-1 gap-2 overflow-y-auto sm:grid-cols-2">
          {(members.data ?? []).map((member) => (
            <label key={member.userId} className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-brand-600"
                checked={draft.emailUserIds.includes(member.userId)}
                onChange={(event) => set({ emailUserIds: event.target.checked ? [...draft.emailUserIds, member.userId] : draft.emailUserIds.filter((userId) => userId !== member.userId) })}
              />
              <span className="min-w-0 truncate">{member.name ? `${member.name} (${member.email})` : member.email}</span>
            </label>
          ))}
        </div>
        <p className="mt-2 text-xs text-slate-500">
          {t.rich("form.channels", {
            events: draft.kind === "slo_breach" ? "slo.breached / slo.recovered" : "alert.triggered / alert.resolved",
            code: (chunks) => <code className="rounded bg-slate-100 px-1">{chunks}</code>,
          })}
        </p>
        <FieldError id={`${id}-recipients-error`} message={errors.emailUserIds} />
      </fieldset>
      <FormError message={formError} />
      <DialogFooter>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t("form.cancel")}
        </Button>
        <Button type="submit" pending={save.isPending}>
          {rule ? t("form.save") : t("form.create")}
        </Button>
      </DialogFooter>
    </form>
  );
}
