"use client";

import { DateTime } from "@/components/ui/date-time";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Users } from "lucide-react";
import { useTranslations } from "next-intl";
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
import { useRoleLabel } from "@/features/i18n/use-role-label";
import { MemberRoleSelect } from "./member-role-select";
import { mayManageMember, type Member, type Viewer } from "./types";

function RemoveMemberButton({ orgSlug, member }: { orgSlug: string; member: Member }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.member.remove.mutationOptions());
  const t = useTranslations("members.remove");
  const label = member.name ?? member.email;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm" aria-label={t("buttonLabel", { name: label })}>
          {t("button")}
        </Button>
      }
      title={t("title", { name: label })}
      description={t("description", { email: member.email })}
      confirmLabel={t("confirm")}
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
  const t = useTranslations("members.list");
  const roleLabel = useRoleLabel();

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {viewer.canManage ? t("descriptionManage") : t("description")}
        </CardDescription>
      </CardHeader>
      {error ? <FormError message={error} className="mx-5 mt-4" /> : null}
      <QueryStates
        query={members}
        loadingLabel={t("loading")}
        empty={() => (pages.total === 0 ? (
          <EmptyState icon={Users} title={t("emptyTitle")} description={t("emptyDescription")} />
        ) : null)}
      >
        {() => (
          <>
            <Table aria-label={t("title")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("name")}</TableHeaderCell>
                  <TableHeaderCell>{t("email")}</TableHeaderCell>
                  <TableHeaderCell>{t("role")}</TableHeaderCell>
                  <TableHeaderCell>{t("joined")}</TableHeaderCell>
                  <TableHeaderCell sticky="end">
                    <span className="sr-only">{t("actions")}</span>
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
                            {t("you")}
                          </Badge>
                        ) : null}
                      </TableCell>
                      <TableCell>
                        {member.email}
                        {member.emailVerified ? null : (
                          <Badge tone="warning" className="ml-2" title={t("emailNotConfirmedHint")}>
                            {t("emailNotConfirmed")}
                          </Badge>
                        )}
                      </TableCell>
                      <TableCell>
                        {manageable ? (
                          <MemberRoleSelect orgSlug={orgSlug} member={member} viewer={viewer} onError={setError} />
                        ) : (
                          <Badge>{roleLabel(member.role)}</Badge>
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
                countLabel={t("count", { count: pages.total })}
                onPageChange={pages.setPage}
              />
            ) : null}
          </>
        )}
      </QueryStates>
    </Card>
  );
}
