"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/errors";

type ConfirmToggleProps = {
  /** what is toggled, as shown in labels ("Deactivate <name>") */
  name: string;
  on: boolean;
  /** verbs of the two directions, e.g. "Deactivate" / "Activate" */
  turnOff: string;
  turnOn: string;
  /** the confirmation asked before turning off (the destructive direction) */
  confirmTitle: string;
  confirmDescription: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onChange: (on: boolean) => Promise<void>;
};

/** A row action that turns something off after confirmation, and back on with one click. */
export function ConfirmToggle({ name, on, turnOff, turnOn, confirmTitle, confirmDescription, confirmLabel, pending, error, onChange }: ConfirmToggleProps) {
  if (on) {
    return (
      <ConfirmDialog
        trigger={
          <Button variant="danger-ghost" size="sm" aria-label={`${turnOff} ${name}`}>
            {turnOff}
          </Button>
        }
        title={confirmTitle}
        description={confirmDescription}
        confirmLabel={confirmLabel}
        onConfirm={() => onChange(false)}
      />
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="ghost" size="sm" aria-label={`${turnOn} ${name}`} pending={pending} onClick={() => void onChange(true).catch(() => undefined)}>
        {turnOn}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {errorMessage(error)}
        </span>
      ) : null}
    </span>
  );
}
