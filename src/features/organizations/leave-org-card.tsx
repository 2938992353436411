"use client";

import { useMutation } from "@tanstack/react-query";
import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc";

/** Leaving is refused by the server for the last owner; the dialog shows why. */
export function LeaveOrgCard({ orgSlug, orgName }: { orgSlug: string; orgName: string }) {
  const trpc = useTRPC();
  const t = useTranslations("settings.leave");
  const router = useRouter();
  const leave = useMutation(trpc.organization.leave.mutationOptions());

  return (
    <Card className="border-red-200">
      <CardHeader className="border-red-100">
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description", { orgName })}</CardDescription>
      </CardHeader>
      <CardContent>
        <ConfirmDialog
          trigger={
            <Button variant="danger">
              <LogOut aria-hidden />
              {t("button")}
            </Button>
          }
          title={t("confirmTitle", { orgName })}
          description={t("confirmDescription")}
          confirmLabel={t("confirm")}
          onConfirm={async () => {
            await leave.mutateAsync({ orgSlug });
            router.replace("/");
            router.refresh();
          }}
        />
      </CardContent>
    </Card>
  );
}
