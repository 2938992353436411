"use client";

import { DateTime } from "@/components/ui/date-time";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Mail } from "lucide-react";
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
import { ROLE_LABELS } from "@/shared/permissions";
import type { PendingInvitation } from "./types";

function RevokeInvitationButton({ orgSlug, invitation }: { orgSlug: string; invitation: PendingInvitation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm" aria-label={`Revoke invitation for ${invitation.email}`}>
          Revoke
        </Button>
      }
      title="Revoke this invitation?"
      description={`The link sent to ${invitation.email} will stop working. You can invite them again later.`}
      confirmLabel="Revoke invitation"
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

  return (
    <Card>
      <CardHeader>
        <CardTitle>Pending invitations</CardTitle>
        <CardDescription>Invitations that have not been accepted yet.</CardDescription>
      </CardHeader>
      <QueryStates
        query={invitations}
        loadingLabel="Loading invitations"
        rows={2}
        empty={() => (pages.total === 0 ? (
          <EmptyState icon={Mail} title="No pending invitations" description="Invitations you send appear here until they are accepted." />
        ) : null)}
      >
        {() => (
          <>
            <Table aria-label="Pending invitations">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Email</TableHeaderCell>
                  <TableHeaderCell>Role</TableHeaderCell>
                  <TableHeaderCell>Invited by</TableHeaderCell>
                  <TableHeaderCell>Sent</TableHeaderCell>
                  <TableHeaderCell>Expires</TableHeaderCell>
                  <TableHeaderCell sticky="end">
                    <span className="sr-only">Actions</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {pages.rows.map((invitation) => (
                  <TableRow key={invitation.id}>
                    <TableCell className="font-medium text-slate-900">{invitation.email}</TableCell>
                    <TableCell>
                      <Badge>{ROLE_LABELS[invitation.role]}</Badge>
                    </TableCell>
                    <TableCell>{invitation.invitedBy}</TableCell>
                    <TableCell>
                      <DateTime value={invitation.createdAt} show="date" />
                    </TableCell>
                    <TableCell>
                      {invitation.expired ? <Badge tone="warning">Expired</Badge> : <DateTime value={invitation.expiresAt} show="date" />}
                    </TableCell>
                    <TableCell sticky="end" className="text-right">
                      <RevokeInvitationButton orgSlug={orgSlug} invitation={invitation} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {pages.paginated ? (
              <Pagination page={pages.page} pageSize={pages.pageSize} total={pages.total} noun={["invitation", "invitations"]} onPageChange={pages.setPage} />
            ) : null}
          </>
        )}
      </QueryStates>
    </Card>
  );
}
