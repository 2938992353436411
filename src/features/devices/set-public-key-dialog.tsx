"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Fingerprint } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { PUBLIC_KEY_FORMAT_HINT, ZDevicePublicKey } from "@/shared/device-public-key";
import type { DeviceDetail } from "./device-meta";

type SetPublicKeyProps = { orgSlug: string; device: DeviceDetail; onDone: (message: string) => void };

/** Key mode: sets or replaces the device's Ed25519 public key; its secret (or old key) stops working. */
export function SetPublicKeyDialog({ orgSlug, device, onDone }: SetPublicKeyProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const setKey = useMutation(trpc.device.setPublicKey.mutationOptions());
  const [open, setOpen] = useState(false);
  const [key, setKeyText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const keyMode = device.publicKey !== null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Checked here with the server's own rule, so a typo is explained before anything changes.
    const parsed = ZDevicePublicKey.safeParse(key);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setKey.mutate(
      { orgSlug, deviceId: device.id, publicKey: parsed.data },
      {
        onSuccess: async ({ fingerprint }) => {
          await Promise.all([queryClient.invalidateQueries({ queryKey: trpc.device.get.queryKey({ orgSlug, deviceId: device.id }) }), queryClient.invalidateQueries({ queryKey: trpc.device.timeline.pathKey() })]);
          setOpen(false);
          setKeyText("");
          onDone(`Public key ${fingerprint} set: the device now boots with signed assertions.`);
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={(next) => (setKey.isPending ? undefined : setOpen(next))}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Fingerprint aria-hidden />
          {keyMode ? "Replace public key" : "Use a public key"}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{keyMode ? `Replace the public key of ${device.serial}` : `Switch ${device.serial} to key mode`}</DialogTitle>
        <DialogDescription>
          The device will boot only with assertions signed by the matching private key. Its {keyMode ? "current key" : "secret"} and its
          session tokens stop working at once.
        </DialogDescription>
        <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
          <Field label="Ed25519 public key" htmlFor={`${id}-key`} hint={`The ${PUBLIC_KEY_FORMAT_HINT}.`}>
            <Input
              id={`${id}-key`}
              value={key}
              className="font-mono"
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setKeyText(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-key-hint`}
            />
          </Field>
          <FormError message={error} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary" disabled={setKey.isPending}>
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" pending={setKey.isPending}>
              Set public key
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
