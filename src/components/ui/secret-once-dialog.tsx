"use client";

import { TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./button";
import { CopyField } from "./copy-field";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "./dialog";

type SecretOnceDialogProps = {
  /** the secret to show, or null when the dialog is closed */
  secret: string | null;
  title: string;
  description: string;
  /** what the secret is, as its field's label ("API key", "Signing secret") */
  label: string;
  /** what happens if it is lost */
  warning: string;
  /** how to use it, under the field */
  footnote?: ReactNode;
  confirmLabel: string;
  onClose: () => void;
};

/** Shows a secret the only time it is ever available (API keys, webhook signing secrets). */
export function SecretOnceDialog({ secret, title, description, label, warning, footnote, confirmLabel, onClose }: SecretOnceDialogProps) {
  return (
    <Dialog open={secret !== null} onOpenChange={(open) => !open && onClose()}>
      {secret !== null ? (
        <DialogContent
          // A stray click outside must not throw away a secret that cannot be shown again.
          onInteractOutside={(event) => event.preventDefault()}
        >
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
          <p className="mt-4 flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
            {warning}
          </p>
          <div className="mt-4">
            <CopyField label={label} value={secret} />
          </div>
          {footnote ? <p className="mt-3 text-xs text-slate-600">{footnote}</p> : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button>{confirmLabel}</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
