import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * Text that may be long (names, codes, serials — up to their server limits): one line, cut
 * with an ellipsis at the width `className` gives it, the whole text in a tooltip, so a long
 * value never pushes a table or a header out of shape. `children` may wrap the text (a link).
 */
export function TruncatedText({ text, className, children }: { text: string; className?: string; children?: ReactNode }) {
  return (
    <span className={cn("block max-w-full truncate", className)} title={text}>
      {children ?? text}
    </span>
  );
}
