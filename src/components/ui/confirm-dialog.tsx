"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "./alert-dialog";
import { Button } from "./button";
import { DialogFooter } from "./dialog";
import { FormError } from "./form-error";

type ConfirmDialogProps = {
  /** The element that opens the dialog (usually a Button). Omit to control it with `open`. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** Runs the action; the dialog stays open on failure to show the server's message. */
  onConfirm: () => Promise<unknown>;
  destructive?: boolean;
};

/**
 * Asks before a consequential action. The confirm button does not close the dialog by
 * itself (unlike AlertDialogAction) so a refused request can be explained in place.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { trigger, title, description, confirmLabel, onConfirm, destructive = true } = props;
  const t = useTranslations("common.actions");
  const errorMessage = useErrorMessage();
  const [innerOpen, setInnerOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = props.open ?? innerOpen;

  const setOpen = (next: boolean) => {
    if (pending) return;
    if (next) setError(null);
    setInnerOpen(next);
    props.onOpenChange?.(next);
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setPending(false);
      setInnerOpen(false);
      props.onOpenChange?.(false);
    } catch (cause) {
      setPending(false);
      setError(errorMessage(cause));
    }
  };

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
      <AlertDialogContent>
        <AlertDialogTitle>{title}</AlertDialogTitle>
        <AlertDialogDescription asChild>
          <div>{description}</div>
        </AlertDialogDescription>
        <FormError message={error} className="mt-4" />
        <DialogFooter>
          <AlertDialogCancel asChild>
            <Button variant="secondary" disabled={pending}>
              {t("cancel")}
            </Button>
          </AlertDialogCancel>
          <Button variant={destructive ? "danger" : "primary"} pending={pending} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </DialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
