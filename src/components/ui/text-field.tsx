import type { HTMLAttributes } from "react";
import { Field } from "./field";
import { describedBy, FieldError } from "./field-error";
import { Input } from "./input";

type TextFieldProps = {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  disabled?: boolean;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  className?: string;
  onChange: (value: string) => void;
};

/** A labelled text input of a form, with its hint and its error read out. */
export function TextField({ id, label, hint, value, error, disabled, inputMode, className, onChange }: TextFieldProps) {
  return (
    <Field label={label} htmlFor={id} hint={hint} className={className}>
      <Input
        id={id}
        value={value}
        disabled={disabled}
        inputMode={inputMode}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </Field>
  );
}
