"use client";

import { DateTime } from "@/components/ui/date-time";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Mail } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/lib/trpc";
import { useClientPagination } from "@/lib/use-client-pagination";
import { useRoleLabel } from "@/features/i18n/use-role-label";
import type { PendingInvitation } from "./types";

function RevokeInvitationButton({ orgSlug, invitation }: { orgSlug: string; invitation: PendingInvitation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions());
  const t = useTranslations("members.invitations");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm" aria-label={t("revokeLabel", { email: invitation.email })}>
          {t("revoke")}
        </Button>
      }
      title={t("revokeTitle")}
      description={t("revokeDescription", { email: invitation.email })}
      confirmLabel={t("revokeConfirm")}
      onConfirm={async () => {
        await revoke.mutateAsync({ orgSlug, invitationId: invitation.id });
        await queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
      }}
    />
  );
}

/** Invitations not yet accepted or revoked, newest first. */
export function InvitationsTable({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const invitations = useQuery(trpc.invitation.list.queryOptions({ orgSlug }));
  const pages = useClientPagination(invitations.data, 10);
  const t = useTranslations("members.invitations");
  const roleLabel = useRoleLabel();

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <QueryStates
        query={invitations}
        loadingLabel={t("loading")}
        rows={2}
        empty={() => (pages.total === 0 ? (
          <EmptyState icon={Mail} title={t("emptyTitle")} description={t("emptyDescription")} />
        ) : null)}
      >
        {() => (
          <>
            <Table aria-label={t("title")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("email")}</TableHeaderCell>
                  <TableHeaderCell>{t("role")}</TableHeaderCell>
                  <TableHeaderCell>{t("invitedBy")}</TableHeaderCell>
                  <TableHeaderCell>{t("sent")}</TableHeaderCell>
                  <TableHeaderCell>{t("expires")}</TableHeaderCell>
                  <TableHeaderCell sticky="end">
                    <span className="sr-only">{t("actions")}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {pages.rows.map((invitation) => (
                  <TableRow key={invitation.id}>
                    <TableCell className="font-medium text-slate-900">{invitation.email}</TableCell>
                    <TableCell>
                      <Badge>{roleLabel(invitation.role)}</Badge>
                    </TableCell>
                    <TableCell>{invitation.invitedBy}</TableCell>
                    <TableCell>
                      <DateTime value={invitation.createdAt} show="date" />
                    </TableCell>
                    <TableCell>
                      {invitation.expired ? <Badge tone="warning">{t("expired")}</Badge> : <DateTime value={invitation.expiresAt} show="date" />}
                    </TableCell>
                    <TableCell sticky="end" className="text-right">
                      <RevokeInvitationButton orgSlug={orgSlug} invitation={invitation} />
                    </TableCell>
                  </TableRow>
                ))}
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
