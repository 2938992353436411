"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Ban, KeyRound, Pause, Play } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc";
import { actionsFor, type DeviceDetail } from "./device-meta";
import { ReplaceDeviceDialog } from "./replace-device-dialog";
import { SetPublicKeyDialog } from "./set-public-key-dialog";
import { useChangeStatus } from "./use-change-status";

const ICONS = { suspend: Pause, resume: Play, revoke: Ban } as const;

type DeviceActionsProps = {
  orgSlug: string;
  device: DeviceDetail;
  onResult: (message: string) => void;
  onSecret: (secret: string) => void;
};

/** RMA replacement, the lifecycle actions that apply to this device's status, and secret rotation; each confirmed. */
export function DeviceActions({ orgSlug, device, onResult, onSecret }: DeviceActionsProps) {
  const trpc = useTRPC();
  const t = useTranslations("devices.actions");
  const queryClient = useQueryClient();
  const changeStatus = useChangeStatus(orgSlug);
  const rotate = useMutation(trpc.device.rotateSecret.mutationOptions());

  return (
    <>
      {/* Only a seat that exists and has not moved yet can move to a replacement. */}
      {device.licensedAt && !device.replacedBy ? <ReplaceDeviceDialog orgSlug={orgSlug} device={device} onReplaced={onResult} /> : null}
      {actionsFor(device.status).map((action) => {
        const Icon = ICONS[action];
        return (
          <ConfirmDialog
            key={action}
            trigger={
              <Button variant={action === "revoke" ? "danger-ghost" : "secondary"}>
                <Icon aria-hidden />
                {t(`${action}.verb`)}
              </Button>
            }
            title={t(`${action}.title`, { serial: device.serial })}
            description={
              <>
                <p>{t(`${action}.description`)}</p>
                {action === "revoke" ? <p className="mt-2 font-medium text-red-700">{t("cannotUndo")}</p> : null}
              </>
            }
            confirmLabel={t(`${action}.confirm`)}
            destructive={action !== "resume"}
            onConfirm={async () => {
              const { changed } = await changeStatus([device.id], action);
              // Another member may have changed the device since this page loaded.
              onResult(changed > 0 ? t(`${action}.done`) : t("unchanged"));
            }}
          />
        );
      })}
      {device.status !== "revoked" ? <SetPublicKeyDialog orgSlug={orgSlug} device={device} onDone={onResult} /> : null}
      {device.status !== "revoked" ? (
        <ConfirmDialog
          trigger={
            <Button variant="secondary">
              <KeyRound aria-hidden />
              {device.publicKey ? t("switchToSecret") : t("rotate")}
            </Button>
          }
          title={t("rotateTitle", { serial: device.serial })}
          description={t("rotateDescription")}
          confirmLabel={t("rotateConfirm")}
          onConfirm={async () => {
            const { secret } = await rotate.mutateAsync({ orgSlug, deviceId: device.id });
            onSecret(secret);
            await Promise.all([queryClient.invalidateQueries({ queryKey: trpc.device.get.queryKey({ orgSlug, deviceId: device.id }) }), queryClient.invalidateQueries({ queryKey: trpc.device.timeline.pathKey() })]);
          }}
        />
      ) : null}
    </>
  );
}
