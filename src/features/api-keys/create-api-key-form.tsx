"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { DEFAULT_API_KEY_EXPIRY_DAYS } from "@/shared/api-key-expiry";
import { API_SCOPES, type ApiScope } from "@/shared/permissions";

export type CreatedApiKey = RouterOutputs["apiKey"]["create"];

/** 90 days is the default (DEFAULT_API_KEY_EXPIRY_DAYS); "never" needs a deliberate choice. */
const EXPIRY_CHOICES = ["30", "90", "365", "never"] as const;

/** Name, scopes and optional lifetime of a new key; hands the one-time secret to `onCreated`. */
export function CreateApiKeyForm({ orgSlug, onCreated }: { orgSlug: string; onCreated: (key: CreatedApiKey) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.apiKey.create.mutationOptions());
  const t = useTranslations("apiKeys");
  const errorMessage = useErrorMessage();
  const [scopes, setScopes] = useState<ReadonlySet<ApiScope>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const all = scopes.has("*");

  const toggle = (scope: ApiScope, checked: boolean) => {
    const next = new Set(scopes);
    if (checked) next.add(scope);
    else next.delete(scope);
    setScopes(next);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const days = String(data.get("expiresInDays") ?? "never");
    if (scopes.size === 0) {
      setError(t("create.noScope"));
      return;
    }
    setError(null);
    create.mutate(
      {
        orgSlug,
        name: String(data.get("name") ?? ""),
        // "*" already grants everything; sending it alone keeps the stored key honest.
        scopes: all ? ["*"] : [...scopes],
        expiresInDays: days === "never" ? null : Number(days),
      },
      {
        onSuccess: (key) => {
          form.reset();
          setScopes(new Set());
          onCreated(key);
          void queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("create.title")}</CardTitle>
        <CardDescription>
          {t.rich("create.description", {
            reference: (chunks) => (
              <Link href="/docs/api" className="font-medium text-brand-700 underline underline-offset-2">
                {chunks}
              </Link>
            ),
            openapi: (chunks) => (
              <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline underline-offset-2">
                {chunks}
              </a>
            ),
          })}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="space-y-5" aria-label={t("create.title")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("create.name")} htmlFor="key-name" hint={t("create.nameHint")}>
              <Input id="key-name" name="name" required maxLength={80} aria-describedby="key-name-hint" />
            </Field>
            <Field label={t("create.expires")} htmlFor="key-expiry" hint={t("create.expiresHint")}>
              <Select id="key-expiry" name="expiresInDays" defaultValue={String(DEFAULT_API_KEY_EXPIRY_DAYS)} aria-describedby="key-expiry-hint">
                {EXPIRY_CHOICES.map((value) => (
                  <option key={value} value={value}>
                    {t(`create.expiry.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("create.scopes")}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {API_SCOPES.map((scope) => {
                const implied = all && scope !== "*";
                return (
                  <label
                    key={scope}
                    className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2.5 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50/50 has-[:disabled]:cursor-default"
                  >
                    <input
                      type="checkbox"
                      className="mt-0.5 size-4 accent-brand-600"
                      checked={implied || scopes.has(scope)}
                      disabled={implied}
                      onChange={(event) => toggle(scope, event.target.checked)}
                    />
                    <span>
                      <span className="block font-mono text-sm text-slate-900">{scope}</span>
                      <span className="block text-xs text-slate-600">{t(`scopes.${scope}`)}</span>
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
          <FormError message={error} />
          <div className="flex justify-end">
            <Button type="submit" pending={create.isPending}>
              <KeyRound aria-hidden />
              {t("create.submit")}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
