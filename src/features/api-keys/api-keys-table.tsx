"use client";

import { DateTime } from "@/components/ui/date-time";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
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
import { ROLE_LABELS } from "@/shared/permissions";

type ApiKeyRow = RouterOutputs["apiKey"]["list"][number];
type KeyStatus = "Active" | "Revoked" | "Expired";

function keyStatus(key: ApiKeyRow): KeyStatus {
  if (key.revokedAt) return "Revoked";
  if (key.expiresAt && new Date(key.expiresAt).getTime() < Date.now()) return "Expired";
  return "Active";
}

const STATUS_TONE = { Active: "success", Revoked: "danger", Expired: "warning" } as const;

/**
 * What the key may do now. A key never does more than its creator's current role allows:
 * when that is less than it was given, the scopes it lost are struck through and a note says why.
 */
function KeyScopes({ apiKey }: { apiKey: ApiKeyRow }) {
  const lost = apiKey.scopes.filter((scope) => !apiKey.effectiveScopes.includes(scope));
  const role = apiKey.limitedBy?.creatorRole;
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
              <Badge key={scope} tone="warning" className="font-mono line-through" title="Not held by the key's creator any more">
                {scope}
              </Badge>
            ))
          : null}
      </div>
      {apiKey.limitedBy ? (
        <p className="text-xs text-amber-700">
          {role ? `Limited: creator is now ${ROLE_LABELS[role].toLowerCase()}` : "Limited: creator is no longer a member, so the key holds nothing"}
        </p>
      ) : null}
    </div>
  );
}

function RevokeKeyButton({ orgSlug, apiKey }: { orgSlug: string; apiKey: ApiKeyRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.apiKey.revoke.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm" aria-label={`Revoke ${apiKey.name}`}>
          Revoke
        </Button>
      }
      title={`Revoke “${apiKey.name}”?`}
      description={`Requests using ${apiKey.prefix}… will be refused immediately. This cannot be undone.`}
      confirmLabel="Revoke key"
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

  return (
    <Card>
      <CardHeader>
        <CardTitle>API keys</CardTitle>
        <CardDescription>Revoked and expired keys stay listed for the record.</CardDescription>
      </CardHeader>
      <QueryStates
        query={keys}
        loadingLabel="Loading API keys"
        empty={() => (pages.total === 0 ? (
          <EmptyState icon={KeyRound} title="No API keys yet" description="Create a key above to call the Anima API." />
        ) : null)}
      >
        {() => (
          <>
            <Table aria-label="API keys">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Name</TableHeaderCell>
                  <TableHeaderCell>Key</TableHeaderCell>
                  <TableHeaderCell>Scopes</TableHeaderCell>
                  <TableHeaderCell>Created by</TableHeaderCell>
                  <TableHeaderCell>Created</TableHeaderCell>
                  <TableHeaderCell>Last used</TableHeaderCell>
                  <TableHeaderCell>Expires</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell sticky="end">
                    <span className="sr-only">Actions</span>
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
                      <TableCell>{key.lastUsedAt ? <DateTime value={key.lastUsedAt} show="date" /> : "Never"}</TableCell>
                      <TableCell>{key.expiresAt ? <DateTime value={key.expiresAt} show="date" /> : "Never"}</TableCell>
                      <TableCell>
                        <Badge tone={STATUS_TONE[status]}>{status}</Badge>
                      </TableCell>
                      <TableCell sticky="end" className="text-right">
                        {status === "Active" ? <RevokeKeyButton orgSlug={orgSlug} apiKey={key} /> : null}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            {pages.paginated ? (
              <Pagination page={pages.page} pageSize={pages.pageSize} total={pages.total} noun={["key", "keys"]} onPageChange={pages.setPage} />
            ) : null}
          </>
        )}
      </QueryStates>
    </Card>
  );
}
