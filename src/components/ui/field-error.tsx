/** A validation message under one form control; the control points at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="text-xs text-red-700">
      {message}
    </p>
  );
}

/** The aria-describedby of a control: its hint and its error, whichever are shown. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}
