"use client";

import { useQuery } from "@tanstack/react-query";
import { Webhook } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("webhooks.list");
  if (!endpoint.enabled) {
    return (
      <>
        <Badge tone="neutral">{t("disabled")}</Badge>
        {endpoint.disabledReason ? <span className="mt-1 block text-xs text-slate-600">{endpoint.disabledReason}</span> : null}
      </>
    );
  }
  if (endpoint.failingSince) {
    return (
      <>
        <Badge tone="warning">{t("failing")}</Badge>
        <span className="mt-1 block text-xs text-slate-600">
          {t.rich("failingSince", { time: () => <DateTime value={endpoint.failingSince ?? ""} /> })}
        </span>
      </>
    );
  }
  return <Badge tone="success">{t("enabled")}</Badge>;
}

/** Settings → Webhooks: add endpoints (secret shown once), manage them, and read each one's delivery log. */
export function WebhooksSection({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const endpoints = useQuery(trpc.webhook.list.queryOptions({ orgSlug }));
  const [secret, setSecret] = useState<{ url: string; secret: string; rotated: boolean } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const t = useTranslations("webhooks");
  const shown = endpoints.data?.find((endpoint) => endpoint.id === selected) ?? endpoints.data?.[0];

  return (
    <div className="space-y-6">
      <CreateEndpointForm orgSlug={orgSlug} onCreated={(created) => setSecret({ ...created, rotated: false })} />
      <Card aria-labelledby="endpoints-title">
        <CardHeader>
          <CardTitle id="endpoints-title">{t("list.title")}</CardTitle>
          <CardDescription>{t("list.description")}</CardDescription>
        </CardHeader>
        <QueryStates
          query={endpoints}
          loadingLabel={t("list.loading")}
          rows={2}
          empty={(data) =>
            data.length === 0 ? <EmptyState icon={Webhook} title={t("list.emptyTitle")} description={t("list.emptyDescription")} /> : null
          }
        >
          {(data) => (
            <Table aria-label={t("list.tableLabel")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("list.url")}</TableHeaderCell>
                  <TableHeaderCell>{t("list.events")}</TableHeaderCell>
                  <TableHeaderCell>{t("list.status")}</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="sr-only">{t("list.actions")}</span>
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
        title={secret?.rotated ? t("secret.rotatedTitle") : t("secret.createdTitle")}
        description={t("secret.description", { url: secret?.url ?? "" })}
        label={t("secret.label")}
        warning={secret?.rotated ? t("secret.rotatedWarning") : t("secret.createdWarning")}
        footnote={t.rich("secret.footnote", {
          header: "Anima-Signature",
          payload: "<t>.<raw body>",
          code: (chunks) => <code className="rounded bg-slate-100 px-1 py-0.5">{chunks}</code>,
        })}
        confirmLabel={t("secret.confirm")}
        onClose={() => setSecret(null)}
      />
    </div>
  );
}
