"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Ban, KeyRound, Pause, Play } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc";
import { ACTION_COPY, actionsFor, type DeviceDetail } from "./device-meta";
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
  const queryClient = useQueryClient();
  const changeStatus = useChangeStatus(orgSlug);
  const rotate = useMutation(trpc.device.rotateSecret.mutationOptions());

  return (
    <>
      {/* Only a seat that exists and has not moved yet can move to a replacement. */}
      {device.licensedAt && !device.replacedBy ? <ReplaceDeviceDialog orgSlug={orgSlug} device={device} onReplaced={onResult} /> : null}
      {actionsFor(device.status).map((action) => {
        const Icon = ICONS[action];
        const copy = ACTION_COPY[action];
        return (
          <ConfirmDialog
            key={action}
            trigger={
              <Button variant={action === "revoke" ? "danger-ghost" : "secondary"}>
                <Icon aria-hidden />
                {copy.verb}
              </Button>
            }
            title={`${copy.verb} ${device.serial}?`}
            description={
              <>
                <p>{copy.description}</p>
                {action === "revoke" ? <p className="mt-2 font-medium text-red-700">This cannot be undone.</p> : null}
              </>
            }
            confirmLabel={`${copy.verb} device`}
            destructive={action !== "resume"}
            onConfirm={async () => {
              const { changed } = await changeStatus([device.id], action);
              // Another member may have changed the device since this page loaded.
              onResult(changed > 0 ? `Device ${copy.past}.` : "Nothing changed: the device was already in that state.");
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
              {device.publicKey ? "Switch to a secret" : "Rotate secret"}
            </Button>
          }
          title={`Rotate the secret of ${device.serial}?`}
          description="A new secret is issued and the current one stops working at once: the device cannot connect until the new secret is flashed onto it. The new secret is shown only once."
          confirmLabel="Rotate secret"
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
