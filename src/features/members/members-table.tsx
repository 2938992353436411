"use client";

import { DateTime } from "@/components/ui/date-time";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Users } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { QueryStates } from "@/components/ui/query-states";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/lib/trpc";
import { useClientPagination } from "@/lib/use-client-pagination";
import { ROLE_LABELS } from "@/shared/permissions";
import { MemberRoleSelect } from "./member-role-select";
import { mayManageMember, type Member, type Viewer } from "./types";

function RemoveMemberButton({ orgSlug, member }: { orgSlug: string; member: Member }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.member.remove.mutationOptions());
  const label = member.name ?? member.email;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm" aria-label={`Remove ${label}`}>
          Remove
        </Button>
      }
      title={`Remove ${label}?`}
      description={`${member.email} will lose access to this organization immediately. API keys they created stop working.`}
      confirmLabel="Remove member"
      onConfirm={async () => {
        await remove.mutateAsync({ orgSlug, membershipId: member.id });
        await queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey() });
      }}
    />
  );
}

/** Everyone in the organization; owners and admins change roles and remove members here. */
export function MembersTable({ orgSlug, viewer }: { orgSlug: string; viewer: Viewer }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.member.list.queryOptions({ orgSlug }));
  const pages = useClientPagination(members.data, 20);
  const [error, setError] = useState<string | null>(null);

  return (
    <Card>
      <CardHeader>
        <CardTitle>Members</CardTitle>
        <CardDescription>
          {viewer.canManage ? "People with access to this organization and their roles." : "People with access to this organization."}
        </CardDescription>
      </CardHeader>
      {error ? <FormError message={error} className="mx-5 mt-4" /> : null}
      <QueryStates
        query={members}
        loadingLabel="Loading members"
        empty={() => (pages.total === 0 ? (
          <EmptyState icon={Users} title="No members" description="Invite someone to get started." />
        ) : null)}
      >
        {() => (
          <>
            <Table aria-label="Members">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Name</TableHeaderCell>
                  <TableHeaderCell>Email</TableHeaderCell>
                  <TableHeaderCell>Role</TableHeaderCell>
                  <TableHeaderCell>Joined</TableHeaderCell>
                  <TableHeaderCell sticky="end">
                    <span className="sr-only">Actions</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {pages.rows.map((member) => {
                  const manageable = mayManageMember(viewer, member);
                  const isSelf = member.userId === viewer.userId;
                  return (
                    <TableRow key={member.id}>
                      <TableCell className="font-medium text-slate-900">
                        {member.name ?? "—"}
                        {isSelf ? (
                          <Badge tone="brand" className="ml-2">
                            You
                          </Badge>
                        ) : null}
                      </TableCell>
                      <TableCell>
                        {member.email}
                        {member.emailVerified ? null : (
                          <Badge tone="warning" className="ml-2" title="This account has not proven its email: the membership counts once it does (set-up or verification link).">
                            Email not confirmed
                          </Badge>
                        )}
                      </TableCell>
                      <TableCell>
                        {manageable ? (
                          <MemberRoleSelect orgSlug={orgSlug} member={member} viewer={viewer} onError={setError} />
                        ) : (
                          <Badge>{ROLE_LABELS[member.role]}</Badge>
                        )}
                      </TableCell>
                      <TableCell>
                        <DateTime value={member.joinedAt} show="date" />
                      </TableCell>
                      <TableCell sticky="end" className="text-right">
                        {manageable && !isSelf ? <RemoveMemberButton orgSlug={orgSlug} member={member} /> : null}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            {pages.paginated ? (
              <Pagination
                page={pages.page}
                pageSize={pages.pageSize}
                total={pages.total}
                noun={["member", "members"]}
                onPageChange={pages.setPage}
              />
            ) : null}
          </>
        )}
      </QueryStates>
    </Card>
  );
}
