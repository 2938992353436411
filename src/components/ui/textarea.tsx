import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { Field } from "./field";
import { controlClasses } from "./input";

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(controlClasses, "py-2", className)} {...props} />;
}

type NoteFieldProps = { id: string; label: string; hint: string; value: string; onChange: (value: string) => void; rows?: number; maxLength?: number };

/** An optional free-text note with its hint read out (a change note, a reason): at most 500 characters unless told. */
export function NoteField({ id, label, hint, value, onChange, rows = 3, maxLength = 500 }: NoteFieldProps) {
  return (
    <Field label={label} htmlFor={id} hint={hint}>
      <Textarea id={id} value={value} rows={rows} maxLength={maxLength} onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-hint`} />
    </Field>
  );
}
