"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound, Send, Trash2 } from "lucide-react";
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
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhook.pathKey() });
  const sendTest = useMutation(trpc.webhook.sendTest.mutationOptions({ onSuccess: () => onTestSent(endpoint.id), onSettled: refresh }));
  const setEnabled = useMutation(trpc.webhook.setEnabled.mutationOptions({ onSettled: refresh }));
  const rotate = useMutation(trpc.webhook.rotateSecret.mutationOptions());
  const remove = useMutation(trpc.webhook.delete.mutationOptions());
  const id = { orgSlug, id: endpoint.id };
  return (
    <div className="flex flex-wrap justify-end gap-1">
      <Button variant="ghost" size="sm" pending={sendTest.isPending} disabled={!endpoint.enabled} onClick={() => sendTest.mutate(id)} aria-label={`Send a test event to ${endpoint.url}`}>
        <Send aria-hidden />
        Send test
      </Button>
      <Button variant="ghost" size="sm" pending={setEnabled.isPending} onClick={() => setEnabled.mutate({ ...id, enabled: !endpoint.enabled })} aria-label={`${endpoint.enabled ? "Disable" : "Enable"} ${endpoint.url}`}>
        {endpoint.enabled ? "Disable" : "Enable"}
      </Button>
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="sm" aria-label={`Rotate the secret of ${endpoint.url}`}>
            <KeyRound aria-hidden />
            Rotate secret
          </Button>
        }
        title="Rotate the signing secret?"
        description="A new secret is shown once. For 24 hours deliveries carry signatures by both the old and the new secret, so you can update your receiver without losing events."
        confirmLabel="Rotate secret"
        destructive={false}
        onConfirm={async () => {
          const rotated = await rotate.mutateAsync(id);
          onSecret({ url: endpoint.url, secret: rotated.secret, rotated: true });
        }}
      />
      <ConfirmDialog
        trigger={
          <Button variant="danger-ghost" size="sm" aria-label={`Delete ${endpoint.url}`}>
            <Trash2 aria-hidden />
            Delete
          </Button>
        }
        title="Delete this endpoint?"
        description={`Nothing more is sent to ${endpoint.url}; pending retries and its delivery log are deleted with it.`}
        confirmLabel="Delete endpoint"
        onConfirm={async () => {
          await remove.mutateAsync(id);
          await refresh();
        }}
      />
    </div>
  );
}
