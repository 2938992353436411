import type { ReactNode } from "react";
import { describedBy } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";
import { FieldMessages } from "./field-messages";

/** The ids and ARIA a control needs to point at its hint and its messages. */
export function controlAria(id: string, hint: ReactNode, messages: readonly string[]) {
  return {
    "aria-invalid": messages.length > 0 ? true : undefined,
    "aria-describedby": describedBy(hint ? `${id}-hint` : null, messages.length > 0 && `${id}-error`),
  } as const;
}

type SettingFrameProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  messages: readonly string[];
  children: ReactNode;
  className?: string;
};

/** Label, control, hint and the server's messages of one generated setting. */
export function SettingFrame({ id, label, hint, messages, children, className }: SettingFrameProps) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldMessages id={`${id}-error`} messages={messages} />
    </div>
  );
}
