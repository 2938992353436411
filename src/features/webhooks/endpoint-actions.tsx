"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound, Send, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";

export type Endpoint = RouterOutputs["webhook"]["list"][number];

type EndpointActionsProps = {
  orgSlug: string;
  endpoint: Endpoint;
  onSecret: (secret: { url: string; secret: string; rotated: boolean }) => void;
  onTestSent: (endpointId: string) => void;
};

/** Send a test event, turn on or off, rotate the secret, delete (the last two after confirmation). */
export function EndpointActions({ orgSlug, endpoint, onSecret, onTestSent }: EndpointActionsProps) {
  const trpc = useTRPC();
  const t = useTranslations("webhooks.actions");
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhook.pathKey() });
  const sendTest = useMutation(trpc.webhook.sendTest.mutationOptions({ onSuccess: () => onTestSent(endpoint.id), onSettled: refresh }));
  const setEnabled = useMutation(trpc.webhook.setEnabled.mutationOptions({ onSettled: refresh }));
  const rotate = useMutation(trpc.webhook.rotateSecret.mutationOptions());
  const remove = useMutation(trpc.webhook.delete.mutationOptions());
  const id = { orgSlug, id: endpoint.id };
  return (
    <div className="flex flex-wrap justify-end gap-1">
      <Button variant="ghost" size="sm" pending={sendTest.isPending} disabled={!endpoint.enabled} onClick={() => sendTest.mutate(id)} aria-label={t("sendTestLabel", { url: endpoint.url })}>
        <Send aria-hidden />
        {t("sendTest")}
      </Button>
      <Button variant="ghost" size="sm" pending={setEnabled.isPending} onClick={() => setEnabled.mutate({ ...id, enabled: !endpoint.enabled })} aria-label={t(endpoint.enabled ? "disableLabel" : "enableLabel", { url: endpoint.url })}>
        {endpoint.enabled ? t("disable") : t("enable")}
      </Button>
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="sm" aria-label={t("rotateLabel", { url: endpoint.url })}>
            <KeyRound aria-hidden />
            {t("rotate")}
          </Button>
        }
        title={t("rotateTitle")}
        description={t("rotateDescription")}
        confirmLabel={t("rotateConfirm")}
        destructive={false}
        onConfirm={async () => {
          const rotated = await rotate.mutateAsync(id);
          onSecret({ url: endpoint.url, secret: rotated.secret, rotated: true });
        }}
      />
      <ConfirmDialog
        trigger={
          <Button variant="danger-ghost" size="sm" aria-label={t("deleteLabel", { url: endpoint.url })}>
            <Trash2 aria-hidden />
            {t("delete")}
          </Button>
        }
        title={t("deleteTitle")}
        description={t("deleteDescription", { url: endpoint.url })}
        confirmLabel={t("deleteConfirm")}
        onConfirm={async () => {
          await remove.mutateAsync(id);
          await refresh();
        }}
      />
    </div>
  );
}
