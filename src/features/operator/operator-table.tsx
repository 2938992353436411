import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";

/** A column of an operator table: its header, right-aligned over figures. */
export type OperatorColumn = { label: string; numeric?: boolean };

type OperatorTableProps = { label: string; columns: (string | OperatorColumn)[]; children: ReactNode };

/** A table of the operator page: its columns, then the row actions' column (named for screen readers only), over `children`'s rows. */
export function OperatorTable({ label, columns, children }: OperatorTableProps) {
  const tc = useTranslations("operator.common");
  return (
    <Table aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map((column) => {
            const { label: header, numeric } = typeof column === "string" ? { label: column, numeric: false } : column;
            return (
              <TableHeaderCell key={header} className={numeric ? "text-right" : undefined}>
                {header}
              </TableHeaderCell>
            );
          })}
          <TableHeaderCell sticky="end">
            <span className="sr-only">{tc("actions")}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
}

/** The last cell of an operator table's row: its actions, right-aligned and kept in view when the table scrolls. */
export function ActionsCell({ children }: { children: ReactNode }) {
  return (
    <TableCell sticky="end">
      <div className="flex justify-end gap-1">{children}</div>
    </TableCell>
  );
}
