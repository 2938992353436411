"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { errorMessage } from "@/lib/errors";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { DEFAULT_API_KEY_EXPIRY_DAYS } from "@/shared/api-key-expiry";
import { API_SCOPES, type ApiScope } from "@/shared/permissions";
import { SCOPE_DESCRIPTIONS } from "./scopes";

export type CreatedApiKey = RouterOutputs["apiKey"]["create"];

/** 90 days is the default (DEFAULT_API_KEY_EXPIRY_DAYS); "never" needs a deliberate choice. */
const EXPIRY_CHOICES = [
  ["30", "In 30 days"],
  ["90", "In 90 days"],
  ["365", "In 1 year"],
  ["never", "Never"],
] as const;

/** Name, scopes and optional lifetime of a new key; hands the one-time secret to `onCreated`. */
export function CreateApiKeyForm({ orgSlug, onCreated }: { orgSlug: string; onCreated: (key: CreatedApiKey) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.apiKey.create.mutationOptions());
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
      setError("Choose at least one scope.");
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
        <CardTitle>Create an API key</CardTitle>
        <CardDescription>
          Keys let your factory line or backend call the Anima API on behalf of this organization. See the{" "}
          <Link href="/docs/api" className="font-medium text-brand-700 underline underline-offset-2">
            API reference
          </Link>{" "}
          (or its <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline underline-offset-2">OpenAPI document</a>, to generate a client).
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="space-y-5" aria-label="Create an API key">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Name" htmlFor="key-name" hint="Where the key is used, e.g. “Factory line Shenzhen”.">
              <Input id="key-name" name="name" required maxLength={80} aria-describedby="key-name-hint" />
            </Field>
            <Field label="Expires" htmlFor="key-expiry" hint="An expired key is refused; create a new one before then.">
              <Select id="key-expiry" name="expiresInDays" defaultValue={String(DEFAULT_API_KEY_EXPIRY_DAYS)} aria-describedby="key-expiry-hint">
                {EXPIRY_CHOICES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Scopes</legend>
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
                      <span className="block text-xs text-slate-600">{SCOPE_DESCRIPTIONS[scope]}</span>
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
              Create key
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
