"use client";

import { useQuery } from "@tanstack/react-query";
import { Webhook } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { SecretOnceDialog } from "@/components/ui/secret-once-dialog";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { CreateEndpointForm } from "./create-endpoint-form";
import { DeliveryLog } from "./delivery-log";
import { EndpointActions, type Endpoint } from "./endpoint-actions";

function EndpointStatus({ endpoint }: { endpoint: Endpoint }) {
  if (!endpoint.enabled) {
    return (
      <>
        <Badge tone="neutral">Disabled</Badge>
        {endpoint.disabledReason ? <span className="mt-1 block text-xs text-slate-600">{endpoint.disabledReason}</span> : null}
      </>
    );
  }
  if (endpoint.failingSince) {
    return (
      <>
        <Badge tone="warning">Failing</Badge>
        <span className="mt-1 block text-xs text-slate-600">
          since <DateTime value={endpoint.failingSince} />
        </span>
      </>
    );
  }
  return <Badge tone="success">Enabled</Badge>;
}

/** Settings → Webhooks: add endpoints (secret shown once), manage them, and read each one's delivery log. */
export function WebhooksSection({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const endpoints = useQuery(trpc.webhook.list.queryOptions({ orgSlug }));
  const [secret, setSecret] = useState<{ url: string; secret: string; rotated: boolean } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const shown = endpoints.data?.find((endpoint) => endpoint.id === selected) ?? endpoints.data?.[0];

  return (
    <div className="space-y-6">
      <CreateEndpointForm orgSlug={orgSlug} onCreated={(created) => setSecret({ ...created, rotated: false })} />
      <Card aria-labelledby="endpoints-title">
        <CardHeader>
          <CardTitle id="endpoints-title">Endpoints</CardTitle>
          <CardDescription>Up to 20. Each delivery is signed with the endpoint&apos;s secret (Anima-Signature): see docs/webhooks.md to verify it.</CardDescription>
        </CardHeader>
        <QueryStates
          query={endpoints}
          loadingLabel="Loading endpoints"
          rows={2}
          empty={(data) =>
            data.length === 0 ? <EmptyState icon={Webhook} title="No endpoints yet" description="Add one above to have your ERP, CRM or support desk hear about activations, revocations, payments and rollouts." /> : null
          }
        >
          {(data) => (
            <Table aria-label="Webhook endpoints">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>URL</TableHeaderCell>
                  <TableHeaderCell>Events</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="sr-only">Actions</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((endpoint) => (
                  <TableRow key={endpoint.id} className={cn(shown?.id === endpoint.id && "bg-brand-50/40")}>
                    <TableCell className="min-w-64">
                      <button type="button" className="text-left font-mono text-sm text-brand-700 underline-offset-2 hover:underline" onClick={() => setSelected(endpoint.id)} aria-pressed={shown?.id === endpoint.id}>
                        {endpoint.url}
                      </button>
                      {endpoint.description ? <span className="block text-xs text-slate-600">{endpoint.description}</span> : null}
                    </TableCell>
                    <TableCell className="min-w-48">
                      <span className="flex flex-wrap gap-1">
                        {endpoint.events.map((type) => (
                          <Badge key={type} className="font-mono">
                            {type}
                          </Badge>
                        ))}
                      </span>
                    </TableCell>
                    <TableCell className="min-w-32">
                      <EndpointStatus endpoint={endpoint} />
                    </TableCell>
                    <TableCell>
                      <EndpointActions orgSlug={orgSlug} endpoint={endpoint} onSecret={setSecret} onTestSent={setSelected} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </QueryStates>
      </Card>
      {shown ? <DeliveryLog key={shown.id} orgSlug={orgSlug} endpoint={shown} /> : null}
      <SecretOnceDialog
        secret={secret?.secret ?? null}
        title={secret?.rotated ? "New signing secret" : "Endpoint added"}
        description={`Deliveries to ${secret?.url ?? ""} are signed with this secret. Store it where your receiver can read it.`}
        label="Signing secret"
        warning={secret?.rotated ? "It will not be shown again. The old secret keeps signing beside it for 24 hours." : "It will not be shown again. If you lose it, rotate the secret."}
        footnote={
          <>
            Check each delivery&apos;s <code className="rounded bg-slate-100 px-1 py-0.5">Anima-Signature</code> header: HMAC-SHA256 of <code className="rounded bg-slate-100 px-1 py-0.5">&lt;t&gt;.&lt;raw body&gt;</code>.
          </>
        }
        confirmLabel="I have copied the secret"
        onClose={() => setSecret(null)}
      />
    </div>
  );
}
