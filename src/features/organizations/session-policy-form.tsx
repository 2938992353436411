"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { QueryStates } from "@/components/ui/query-states";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";

type SessionPolicyFormProps = { orgSlug: string; canManage: boolean };

/** How long device session tokens live; owners and admins change it, others read it. */
export function SessionPolicyForm({ orgSlug, canManage }: SessionPolicyFormProps) {
  const trpc = useTRPC();
  const policy = useQuery(trpc.organization.sessionPolicy.queryOptions({ orgSlug }));
  const t = useTranslations("settings.sessions");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <QueryStates query={policy} loadingLabel={t("loading")}>
          {(data) => <LifetimeForm orgSlug={orgSlug} canManage={canManage} current={data.sessionTtlSeconds} />}
        </QueryStates>
      </CardContent>
    </Card>
  );
}

function LifetimeForm({ orgSlug, canManage, current }: SessionPolicyFormProps & { current: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.organization.setSessionPolicy.mutationOptions());
  const t = useTranslations("settings.sessions");
  const errorMessage = useErrorMessage();
  const [seconds, setSeconds] = useState(String(current));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    save.mutate(
      { orgSlug, sessionTtlSeconds: Number(seconds) },
      {
        onSuccess: () => {
          setSaved(true);
          void queryClient.invalidateQueries({ queryKey: trpc.organization.sessionPolicy.queryKey({ orgSlug }) });
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} aria-label={t("title")} noValidate className="flex flex-wrap items-end gap-3">
      <div className="w-56">
        <Field label={t("lifetime")} htmlFor="session-ttl" hint={t("lifetimeHint")}>
          <Input
            id="session-ttl"
            type="number"
            inputMode="numeric"
            min={60}
            max={3600}
            readOnly={!canManage}
            aria-describedby="session-ttl-hint"
            value={seconds}
            onChange={(event) => {
              setSeconds(event.target.value);
              setSaved(false);
            }}
          />
        </Field>
      </div>
      {canManage ? (
        <Button type="submit" pending={save.isPending} disabled={seconds === String(current)} className="mb-6">
          {t("save")}
        </Button>
      ) : null}
      {saved ? (
        <p role="status" className="mb-8 text-sm text-emerald-700">
          {t("saved")}
        </p>
      ) : null}
      <FormError message={error} className="basis-full" />
    </form>
  );
}
