"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BellRing, Pencil, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
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
import { AlertRuleForm, type AlertRule } from "./alert-rule-form";
import { AlertStateBadge } from "./alert-state-badge";
import { useAlertText } from "./use-alert-text";

const AWAITING_REFRESH_MS = 5_000;
const awaitingJudgement = (rule: AlertRule) => rule.enabled && rule.lastEvaluatedAt === null;

/** The Alerts page: every rule with its state and latest reading; members who may change rules add, edit, pause and delete them. */
export function AlertsList({ orgSlug, canManage }: { orgSlug: string; canManage: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations("alerts.list");
  const alertText = useAlertText();
  // A rule just added or edited is judged within a minute: its row is re-read every few seconds till then.
  const rules = useQuery(
    trpc.alert.list.queryOptions({ orgSlug }, { ...liveQuery, refetchInterval: (query) => (query.state.data?.some(awaitingJudgement) ? AWAITING_REFRESH_MS : liveQuery.refetchInterval) }),
  );
  const [editing, setEditing] = useState<AlertRule | "new" | null>(null);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canManage ? (
            <Button onClick={() => setEditing("new")}>
              <Plus aria-hidden />
              {t("newRule")}
            </Button>
          ) : null
        }
      />
      <Card>
        <QueryStates
          query={rules}
          loadingLabel={t("loading")}
          rows={3}
          empty={(data) =>
            data.length === 0 ? (
              <EmptyState
                icon={BellRing}
                title={t("emptyTitle")}
                description={canManage ? t("emptyManage") : t("emptyRead")}
              />
            ) : null
          }
        >
          {(data) => (
            <Table aria-label={t("tableLabel")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("rule")}</TableHeaderCell>
                  <TableHeaderCell>{t("state")}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t("latestReading")}</TableHeaderCell>
                  <TableHeaderCell>{t("emails")}</TableHeaderCell>
                  {canManage ? (
                    <TableHeaderCell>
                      <span className="sr-only">{t("actions")}</span>
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
                        {t("ruleSummary", { kind: alertText.kindLabel(rule.kind), condition: alertText.condition(rule) })}
                      </span>
                    </TableCell>
                    <TableCell className="min-w-36">
                      <AlertStateBadge rule={rule} />
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{rule.lastValue === null ? <span className="text-slate-500">—</span> : alertText.value(rule.kind, rule.lastValue)}</TableCell>
                    <TableCell>{rule.emailUserIds.length === 0 ? <span className="text-slate-500">{t("noEmails")}</span> : t("members", { count: rule.emailUserIds.length })}</TableCell>
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
  const t = useTranslations("alerts.list");
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alert.pathKey() });
  const setEnabled = useMutation(trpc.alert.setEnabled.mutationOptions({ onSettled: refresh }));
  const remove = useMutation(trpc.alert.delete.mutationOptions());
  return (
    <div className="flex flex-wrap justify-end gap-1">
      <Button variant="ghost" size="sm" onClick={onEdit} aria-label={t("editLabel", { name: rule.name })}>
        <Pencil aria-hidden />
        {t("edit")}
      </Button>
      <Button variant="ghost" size="sm" pending={setEnabled.isPending} onClick={() => setEnabled.mutate({ orgSlug, id: rule.id, enabled: !rule.enabled })} aria-label={rule.enabled ? t("pauseLabel", { name: rule.name }) : t("resumeLabel", { name: rule.name })}>
        {rule.enabled ? t("pause") : t("resume")}
      </Button>
      <ConfirmDialog
        trigger={
          <Button variant="danger-ghost" size="sm" aria-label={t("deleteLabel", { name: rule.name })}>
            <Trash2 aria-hidden />
            {t("delete")}
          </Button>
        }
        title={t("deleteTitle", { name: rule.name })}
        description={t("deleteDescription")}
        confirmLabel={t("deleteConfirm")}
        onConfirm={async () => {
          await remove.mutateAsync({ orgSlug, id: rule.id });
          await refresh();
        }}
      />
    </div>
  );
}
