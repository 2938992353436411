"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Fingerprint } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { PUBLIC_KEY_FORMAT_HINT, ZDevicePublicKey } from "@/shared/device-public-key";
import type { DeviceDetail } from "./device-meta";

type SetPublicKeyProps = { orgSlug: string; device: DeviceDetail; onDone: (message: string) => void };

/** Key mode: sets or replaces the device's Ed25519 public key; its secret (or old key) stops working. */
export function SetPublicKeyDialog({ orgSlug, device, onDone }: SetPublicKeyProps) {
  const trpc = useTRPC();
  const t = useTranslations("devices.publicKey");
  const tCommon = useTranslations("common.actions");
  const errorMessage = useErrorMessage();
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
          onDone(t("done", { fingerprint }));
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
          {keyMode ? t("replace") : t("use")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t(keyMode ? "replaceTitle" : "useTitle", { serial: device.serial })}</DialogTitle>
        <DialogDescription>{keyMode ? t("descriptionKey") : t("descriptionSecret")}</DialogDescription>
        <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
          <Field label={t("field")} htmlFor={`${id}-key`} hint={t("hint", { format: PUBLIC_KEY_FORMAT_HINT })}>
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
                {tCommon("cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" pending={setKey.isPending}>
              {t("submit")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
