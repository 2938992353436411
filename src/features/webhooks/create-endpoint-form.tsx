"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { errorReason, fieldErrors } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { EVENT_TYPE_NAMES, type EventType } from "@/shared/events";

export type CreatedEndpoint = { url: string; secret: string };

/** URL, description and the event types an endpoint receives; hands the one-time secret to `onCreated`. */
export function CreateEndpointForm({ orgSlug, onCreated }: { orgSlug: string; onCreated: (created: CreatedEndpoint) => void }) {
  const trpc = useTRPC();
  const id = useId();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.webhook.create.mutationOptions());
  const t = useTranslations("webhooks");
  const errorMessage = useErrorMessage();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<ReadonlySet<EventType>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const fields = fieldErrors(create.error);

  const toggle = (type: EventType, checked: boolean) => {
    const next = new Set(events);
    if (checked) next.add(type);
    else next.delete(type);
    setEvents(next);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (events.size === 0) return setError(t("create.noEvent"));
    create.mutate(
      { orgSlug, url: url.trim(), description: description.trim() || undefined, events: [...events] },
      {
        onSuccess: (endpoint) => {
          setUrl("");
          setDescription("");
          setEvents(new Set());
          onCreated({ url: endpoint.url, secret: endpoint.secret });
          void queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey() });
        },
        onError: (cause) => setError(fieldErrors(cause).url || errorReason(cause) === "INVALID_WEBHOOK_URL" ? null : errorMessage(cause)),
      },
    );
  };
  // The server names the field ("url: …"); next to the field, the message says enough.
  const urlError = fields.url ?? (errorReason(create.error) === "INVALID_WEBHOOK_URL" ? errorMessage(create.error).replace(/^url: /, "") : null);

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("create.title")}</CardTitle>
        <CardDescription>{t("create.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <Field label={t("create.url")} htmlFor={`${id}-url`} hint={t("create.urlHint")}>
              <Input
                id={`${id}-url`}
                type="url"
                value={url}
                placeholder="https://erp.example.com/anima-events"
                onChange={(event) => setUrl(event.target.value)}
                aria-invalid={urlError ? true : undefined}
                aria-describedby={describedBy(`${id}-url-hint`, urlError && `${id}-url-error`)}
                required
              />
              <FieldError id={`${id}-url-error`} message={urlError} />
            </Field>
            <Field label={t("create.descriptionField")} htmlFor={`${id}-description`} hint={t("create.descriptionHint")}>
              <Input id={`${id}-description`} value={description} maxLength={200} onChange={(event) => setDescription(event.target.value)} aria-describedby={`${id}-description-hint`} />
            </Field>
          </div>
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-slate-900">{t("create.events")}</legend>
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {EVENT_TYPE_NAMES.map((type) => (
                <label key={type} className="flex items-start gap-2 rounded-md border border-slate-200 px-3 py-2">
                  <input type="checkbox" className="mt-0.5 size-4 accent-brand-600" checked={events.has(type)} onChange={(event) => toggle(type, event.target.checked)} />
                  <span>
                    <span className="block font-mono text-sm text-slate-900">{type}</span>
                    <span className="block text-xs text-slate-600">{t(`events.${type}`)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <FormError message={error} />
          <Button type="submit" pending={create.isPending}>
            {t("create.submit")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
