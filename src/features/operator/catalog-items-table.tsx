import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { CatalogIcon } from "@/features/sku-config/catalog-icons";
import { ActionsCell, OperatorTable } from "./operator-table";
import { CatalogItemToggle } from "./catalog-item-toggle";

type CatalogItemRow = { id: string; name: string; description: string; icon: string; available: boolean };

type CatalogItemsTableProps<T extends CatalogItemRow> = {
  label: string;
  kind: "agent" | "tool";
  items: T[];
  /** the header and cell of the kind-specific column (what an agent needs, which agents use a tool) */
  extra: { header: string; cell: (item: T) => ReactNode };
};

/** Agents or tools of the catalog with their availability, each with its Enable/Disable action. */
export function CatalogItemsTable<T extends CatalogItemRow>({ label, kind, items, extra }: CatalogItemsTableProps<T>) {
  const t = useTranslations("operator.catalog");
  const tc = useTranslations("operator.common");
  return (
    <OperatorTable label={label} columns={[tc("name"), extra.header, tc("status")]}>
      {items.map((item) => (
        <TableRow key={item.id} className={item.available ? undefined : "bg-slate-50/70"}>
          <TableCell className="min-w-64 whitespace-normal">
            <span className="flex items-start gap-2">
              <CatalogIcon name={item.icon} className="mt-0.5 size-4 shrink-0 text-slate-500" />
              <span>
                <span className="font-medium text-slate-900">{item.name}</span> <code className="text-xs text-slate-500">{item.id}</code>
                <span className="block text-xs text-slate-500">{item.description}</span>
              </span>
            </span>
          </TableCell>
          <TableCell className="min-w-40 whitespace-normal">{extra.cell(item)}</TableCell>
          <TableCell>
            <Badge tone={item.available ? "success" : "neutral"}>{item.available ? t("enabled") : t("disabled")}</Badge>
          </TableCell>
          <ActionsCell>
            <CatalogItemToggle item={item} kind={kind} />
          </ActionsCell>
        </TableRow>
      ))}
    </OperatorTable>
  );
}
