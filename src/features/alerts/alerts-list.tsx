"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BellRing, Pencil, Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { liveQuery } from "@/lib/live-data";
import { useTRPC } from "@/lib/trpc";
import { ALERT_KIND_INFO, alertCondition, formatAlertValue } from "@/shared/alerts";
import { AlertRuleForm, type AlertRule } from "./alert-rule-form";
import { AlertStateBadge } from "./alert-state-badge";

const AWAITING_REFRESH_MS = 5_000;
const awaitingJudgement = (rule: AlertRule) => rule.enabled && rule.lastEvaluatedAt === null;

/** The Alerts page: every rule with its state and latest reading; members who may change rules add, edit, pause and delete them. */
export function AlertsList({ orgSlug, canManage }: { orgSlug: string; canManage: boolean }) {
  const trpc = useTRPC();
  // A rule just added or edited is judged within a minute: its row is re-read every few seconds till then.
  const rules = useQuery(
    trpc.alert.list.queryOptions({ orgSlug }, { ...liveQuery, refetchInterval: (query) => (query.state.data?.some(awaitingJudgement) ? AWAITING_REFRESH_MS : liveQuery.refetchInterval) }),
  );
  const [editing, setEditing] = useState<AlertRule | "new" | null>(null);

  return (
    <>
      <PageHeader
        title="Alerts"
        description="Rules the worker judges every minute: latency over SLO, seats running low, devices going offline. They email the members you choose, ring the bell in the console and reach your webhooks."
        actions={
          canManage ? (
            <Button onClick={() => setEditing("new")}>
              <Plus aria-hidden />
              New rule
            </Button>
          ) : null
        }
      />
      <Card>
        <QueryStates
          query={rules}
          loadingLabel="Loading alert rules"
          rows={3}
          empty={(data) =>
            data.length === 0 ? (
              <EmptyState
                icon={BellRing}
                title="No alert rules yet"
                description={canManage ? "Add one to hear when latency goes over its SLO, seats run low or devices drop offline." : "Owners, admins and developers can add rules."}
              />
            ) : null
          }
        >
          {(data) => (
            <Table aria-label="Alert rules">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Rule</TableHeaderCell>
                  <TableHeaderCell>State</TableHeaderCell>
                  <TableHeaderCell className="text-right">Latest reading</TableHeaderCell>
                  <TableHeaderCell>Emails</TableHeaderCell>
                  {canManage ? (
                    <TableHeaderCell>
                      <span className="sr-only">Actions</span>
                    </TableHeaderCell>
                  ) : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((rule) => (
                  <TableRow key={rule.id}>
                    <TableCell className="min-w-64">
                      <Link href={`/o/${orgSlug}/alerts/${rule.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                        {rule.name}
                      </Link>
                      <span className="block text-xs text-slate-600">
                        {ALERT_KIND_INFO[rule.kind].label}: {alertCondition(rule)}
                      </span>
                    </TableCell>
                    <TableCell className="min-w-36">
                      <AlertStateBadge rule={rule} />
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{rule.lastValue === null ? <span className="text-slate-500">—</span> : formatAlertValue(rule.kind, rule.lastValue)}</TableCell>
                    <TableCell>{rule.emailUserIds.length === 0 ? <span className="text-slate-500">none</span> : `${rule.emailUserIds.length} member${rule.emailUserIds.length === 1 ? "" : "s"}`}</TableCell>
                    {canManage ? (
                      <TableCell>
                        <RuleActions orgSlug={orgSlug} rule={rule} onEdit={() => setEditing(rule)} />
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </QueryStates>
      </Card>
      <AlertRuleForm orgSlug={orgSlug} rule={editing === "new" ? null : editing} open={editing !== null} onOpenChange={(open) => !open && setEditing(null)} />
    </>
  );
}

function RuleActions({ orgSlug, rule, onEdit }: { orgSlug: string; rule: AlertRule; onEdit: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alert.pathKey() });
  const setEnabled = useMutation(trpc.alert.setEnabled.mutationOptions({ onSettled: refresh }));
  const remove = useMutation(trpc.alert.delete.mutationOptions());
  return (
    <div className="flex flex-wrap justify-end gap-1">
      <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${rule.name}`}>
        <Pencil aria-hidden />
        Edit
      </Button>
      <Button variant="ghost" size="sm" pending={setEnabled.isPending} onClick={() => setEnabled.mutate({ orgSlug, id: rule.id, enabled: !rule.enabled })} aria-label={`${rule.enabled ? "Pause" : "Resume"} ${rule.name}`}>
        {rule.enabled ? "Pause" : "Resume"}
      </Button>
      <ConfirmDialog
        trigger={
          <Button variant="danger-ghost" size="sm" aria-label={`Delete ${rule.name}`}>
            <Trash2 aria-hidden />
            Delete
          </Button>
        }
        title={`Delete “${rule.name}”?`}
        description="The rule stops being judged, and its history is deleted with it. Events already sent stay with their receivers."
        confirmLabel="Delete rule"
        onConfirm={async () => {
          await remove.mutateAsync({ orgSlug, id: rule.id });
          await refresh();
        }}
      />
    </div>
  );
}
