"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { QueryStates } from "@/components/ui/query-states";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

type SessionPolicyFormProps = { orgSlug: string; canManage: boolean };

/** How long device session tokens live; owners and admins change it, others read it. */
export function SessionPolicyForm({ orgSlug, canManage }: SessionPolicyFormProps) {
  const trpc = useTRPC();
  const policy = useQuery(trpc.organization.sessionPolicy.queryOptions({ orgSlug }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Device sessions</CardTitle>
        <CardDescription>
          How long the session token a device gets at boot stays valid. Shorter lifetimes make a suspension or revocation bite
          sooner; longer ones mean fewer refreshes. New tokens use the new lifetime.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <QueryStates query={policy} loadingLabel="Loading the session policy">
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
    <form onSubmit={onSubmit} aria-label="Device sessions" noValidate className="flex flex-wrap items-end gap-3">
      <div className="w-56">
        <Field label="Token lifetime (seconds)" htmlFor="session-ttl" hint="60 to 3600. Default 900 (15 minutes).">
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
          Save lifetime
        </Button>
      ) : null}
      {saved ? (
        <p role="status" className="mb-8 text-sm text-emerald-700">
          Token lifetime saved.
        </p>
      ) : null}
      <FormError message={error} className="basis-full" />
    </form>
  );
}
