import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Label } from "./label";

/**
 * A label, its control and an optional hint. The control must carry `id={htmlFor}` and,
 * when there is a hint, `aria-describedby={`${htmlFor}-hint`}` so the hint is read out.
 */
export function Field({
  label,
  htmlFor,
  hint,
  children,
  className,
}: {
  label: ReactNode;
  htmlFor: string;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={htmlFor}>{label}</Label>
      {children}
      {hint ? (
        <p id={`${htmlFor}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
