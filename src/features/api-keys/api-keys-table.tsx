"use client";

import { DateTime } from "@/components/ui/date-time";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { useClientPagination } from "@/lib/use-client-pagination";
import { useRoleLabel } from "@/features/i18n/use-role-label";

type ApiKeyRow = RouterOutputs["apiKey"]["list"][number];
type KeyStatus = "active" | "revoked" | "expired";

function keyStatus(key: ApiKeyRow): KeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && new Date(key.expiresAt).getTime() < Date.now()) return "expired";
  return "active";
}

const STATUS_TONE = { active: "success", revoked: "danger", expired: "warning" } as const;

/**
 * What the key may do now. A key never does more than its creator's current role allows:
 * when that is less than it was given, the scopes it lost are struck through and a note says why.
 */
function KeyScopes({ apiKey }: { apiKey: ApiKeyRow }) {
  const lost = apiKey.scopes.filter((scope) => !apiKey.effectiveScopes.includes(scope));
  const role = apiKey.limitedBy?.creatorRole;
  const t = useTranslations("apiKeys.list");
  const roleLabel = useRoleLabel();
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-1">
        {apiKey.effectiveScopes.map((scope) => (
          <Badge key={scope} className="font-mono">
            {scope}
          </Badge>
        ))}
        {apiKey.limitedBy
          ? lost.map((scope) => (
              <Badge key={scope} tone="warning" className="font-mono line-through" title={t("scopeLost")}>
                {scope}
              </Badge>
            ))
          : null}
      </div>
      {apiKey.limitedBy ? (
        <p className="text-xs text-amber-700">
          {role ? t("limitedByRole", { role: roleLabel(role, "inSentence") }) : t("limitedCreatorGone")}
        </p>
      ) : null}
    </div>
  );
}

function RevokeKeyButton({ orgSlug, apiKey }: { orgSlug: string; apiKey: ApiKeyRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.apiKey.revoke.mutationOptions());
  const t = useTranslations("apiKeys.revoke");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm" aria-label={t("buttonLabel", { name: apiKey.name })}>
          {t("button")}
        </Button>
      }
      title={t("title", { name: apiKey.name })}
      description={t("description", { prefix: apiKey.prefix })}
      confirmLabel={t("confirm")}
      onConfirm={async () => {
        await revoke.mutateAsync({ orgSlug, apiKeyId: apiKey.id });
        await queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.queryKey() });
      }}
    />
  );
}

/** Every key of the organization, newest first; secrets are never listed, only their prefix. */
export function ApiKeysTable({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const keys = useQuery(trpc.apiKey.list.queryOptions({ orgSlug }));
  const pages = useClientPagination(keys.data, 20);
  const t = useTranslations("apiKeys.list");

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <QueryStates
        query={keys}
        loadingLabel={t("loading")}
        empty={() => (pages.total === 0 ? (
          <EmptyState icon={KeyRound} title={t("emptyTitle")} description={t("emptyDescription")} />
        ) : null)}
      >
        {() => (
          <>
            <Table aria-label={t("title")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("name")}</TableHeaderCell>
                  <TableHeaderCell>{t("key")}</TableHeaderCell>
                  <TableHeaderCell>{t("scopes")}</TableHeaderCell>
                  <TableHeaderCell>{t("createdBy")}</TableHeaderCell>
                  <TableHeaderCell>{t("created")}</TableHeaderCell>
                  <TableHeaderCell>{t("lastUsed")}</TableHeaderCell>
                  <TableHeaderCell>{t("expires")}</TableHeaderCell>
                  <TableHeaderCell>{t("status")}</TableHeaderCell>
                  <TableHeaderCell sticky="end">
                    <span className="sr-only">{t("actions")}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {pages.rows.map((key) => {
                  const status = keyStatus(key);
                  return (
                    <TableRow key={key.id}>
                      <TableCell className="font-medium text-slate-900">{key.name}</TableCell>
                      <TableCell className="font-mono text-xs">{key.prefix}…</TableCell>
                      <TableCell>
                        <KeyScopes apiKey={key} />
                      </TableCell>
                      <TableCell>{key.createdBy}</TableCell>
                      <TableCell>
                        <DateTime value={key.createdAt} show="date" />
                      </TableCell>
                      <TableCell>{key.lastUsedAt ? <DateTime value={key.lastUsedAt} show="date" /> : t("neverUsed")}</TableCell>
                      <TableCell>{key.expiresAt ? <DateTime value={key.expiresAt} show="date" /> : t("neverExpires")}</TableCell>
                      <TableCell>
                        <Badge tone={STATUS_TONE[status]}>{t(`statuses.${status}`)}</Badge>
                      </TableCell>
                      <TableCell sticky="end" className="text-right">
                        {status === "active" ? <RevokeKeyButton orgSlug={orgSlug} apiKey={key} /> : null}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            {pages.paginated ? (
              <Pagination page={pages.page} pageSize={pages.pageSize} total={pages.total} countLabel={t("count", { count: pages.total })} onPageChange={pages.setPage} />
            ) : null}
          </>
        )}
      </QueryStates>
    </Card>
  );
}
