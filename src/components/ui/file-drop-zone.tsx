"use client";

import { Upload } from "lucide-react";
import { useId, useState, type DragEvent, type ReactNode } from "react";
import { cn } from "@/lib/utils";

type FileDropZoneProps = {
  /** the file input's `accept`, e.g. ".csv,text/csv" */
  accept: string;
  onFile: (file: File) => void;
  label: string;
  hint?: ReactNode;
  disabled?: boolean;
};

/**
 * A file input that also takes a file dropped on it. The real <input> stays in the page
 * (visually hidden), so keyboard users, screen readers and test tools use it directly.
 */
export function FileDropZone({ accept, onFile, label, hint, disabled }: FileDropZoneProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <label
      htmlFor={id}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cn(
        "flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed border-slate-300 bg-white px-6 py-8 text-center transition-colors hover:border-brand-500 hover:bg-brand-50/40",
        "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
        dragging && "border-brand-600 bg-brand-50",
        disabled && "pointer-events-none opacity-60",
      )}
    >
      <span className="flex size-10 items-center justify-center rounded-full bg-slate-100 text-slate-500">
        <Upload className="size-5" aria-hidden />
      </span>
      <span className="text-sm font-medium text-slate-900">{label}</span>
      {hint ? <span className="text-xs text-slate-500">{hint}</span> : null}
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        className="sr-only"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Reset so choosing the same (fixed) file again fires another change.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
