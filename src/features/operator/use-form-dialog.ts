"use client";

import { useState } from "react";

/**
 * The state of a dialog editing one record: its text values, a message per field, the server's
 * message; opening it starts again from `initial` (the record as it is now).
 */
export function useFormDialog<V extends Record<string, string>>(initial: () => V) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) return;
    setValues(initial());
    setErrors({});
    setFormError(null);
  };
  const setValue = (name: keyof V, value: string) => setValues((current) => ({ ...current, [name]: value }));
  return { open, setOpen, onOpenChange, values, setValue, errors, setErrors, formError, setFormError };
}
