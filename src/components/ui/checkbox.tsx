import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/**
 * A native checkbox in the console's colors. `indeterminate` (a DOM-only property) shows
 * the "some selected" state of a select-all box; screen readers announce it as mixed.
 */
export function Checkbox({ indeterminate = false, className, ...props }: Omit<ComponentProps<"input">, "type"> & { indeterminate?: boolean }) {
  return (
    <input
      type="checkbox"
      ref={(node) => {
        if (node) node.indeterminate = indeterminate;
      }}
      className={cn("size-4 cursor-pointer accent-brand-600 disabled:cursor-not-allowed", className)}
      {...props}
    />
  );
}
