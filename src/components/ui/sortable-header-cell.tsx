import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { TableHeaderCell } from "./table";

export type SortDirection = "asc" | "desc";

type SortableHeaderCellProps = {
  label: string;
  /** true when the table is sorted by this column */
  active: boolean;
  direction: SortDirection;
  onSort: () => void;
  className?: string;
};

/**
 * A column header that sorts the table. `aria-sort` sits on the sorted column only, as
 * ARIA asks; the button says what a click will do.
 */
export function SortableHeaderCell({ label, active, direction, onSort, className }: SortableHeaderCellProps) {
  const Icon = !active ? ArrowUpDown : direction === "asc" ? ArrowUp : ArrowDown;
  const next = active && direction === "asc" ? "descending" : "ascending";
  const t = useTranslations("common.sort");
  const locale = useLocale();
  return (
    <TableHeaderCell aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined} className={cn("p-0", className)}>
      <button
        type="button"
        onClick={onSort}
        title={t(next, { column: locale === "en" ? label.toLowerCase() : label })}
        className={cn(
          "inline-flex w-full items-center gap-1 px-4 py-2.5 text-left font-medium tracking-wide uppercase hover:text-slate-900",
          active && "text-slate-900",
        )}
      >
        {label}
        <Icon className={cn("size-3.5 shrink-0", active ? "text-brand-600" : "text-slate-400")} aria-hidden />
      </button>
    </TableHeaderCell>
  );
}
