import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { HorizontalScroll } from "./horizontal-scroll";

/**
 * A table that scrolls sideways inside its card on narrow screens instead of overflowing
 * the page, with a visible cue while columns hide (see HorizontalScroll). The scroll box is
 * `relative` so that absolutely positioned children (sr-only labels) are clipped with it
 * instead of widening the document.
 */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <HorizontalScroll label={props["aria-label"]}>
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props} />
    </HorizontalScroll>
  );
}

export function TableHead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-slate-100", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("align-middle", className)} {...props} />;
}

/**
 * `sticky="end"` pins an actions column to the right edge, so on a narrow screen a row's
 * buttons stay in reach while the other columns scroll under them. It sits above the scroll
 * box's edge shade (z-10) and casts its own shadow while columns hide behind it.
 */
type StickyProp = { sticky?: "end" };
const stickyEnd = "sticky right-0 z-10 group-data-[overflow-right=true]/scroll:shadow-[-8px_0_8px_-8px_rgb(15_23_42/0.25)]";

export function TableHeaderCell({ className, sticky, ...props }: ComponentProps<"th"> & StickyProp) {
  return <th scope="col" className={cn("px-4 py-2.5 font-medium tracking-wide whitespace-nowrap", sticky && `${stickyEnd} bg-slate-50`, className)} {...props} />;
}

export function TableCell({ className, sticky, ...props }: ComponentProps<"td"> & StickyProp) {
  return <td className={cn("px-4 py-3 whitespace-nowrap text-slate-700", sticky && `${stickyEnd} bg-white`, className)} {...props} />;
}
