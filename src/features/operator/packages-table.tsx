import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { useLicenseFormat } from "@/features/licenses/use-license-format";
import { tierRanges } from "@/shared/pricing";
import { ActionsCell, OperatorTable } from "./operator-table";
import type { OperatorPackage } from "./operator-meta";
import { PackageActiveToggle } from "./package-active-toggle";
import { PackageDialog } from "./package-dialog";

/** The whole catalog, inactive packages too, in the order buyers see it. */
export function PackagesTable({ packages }: { packages: OperatorPackage[] }) {
  const t = useTranslations("operator.packages");
  const tc = useTranslations("operator.common");
  const format = useLicenseFormat();
  return (
    <OperatorTable label={t("table")} columns={[tc("name"), t("tiers"), tc("currency"), t("term"), t("lookupKey"), tc("status")]}>
      {packages.map((pkg) => (
        <TableRow key={pkg.id}>
          <TableCell className="font-medium text-slate-900">{pkg.name}</TableCell>
          <TableCell className="text-xs tabular-nums">
            <ul>
              {tierRanges(pkg.tiers).map((tier) => (
                <li key={tier.fromSeats} className="whitespace-nowrap">
                  {tier.toSeats === null ? t("tierOpen", { from: tier.fromSeats }) : t("tierRange", { from: tier.fromSeats, to: tier.toSeats })}: {format.money(tier.unitAmount, pkg.currency)}
                </li>
              ))}
            </ul>
          </TableCell>
          <TableCell className="font-mono text-xs uppercase">{pkg.currency}</TableCell>
          <TableCell>{pkg.termMonths ? t("months", { count: pkg.termMonths }) : t("perpetual")}</TableCell>
          <TableCell className="font-mono text-xs">{pkg.stripeLookupKey ?? <span className="text-slate-400">—</span>}</TableCell>
          <TableCell>
            <Badge tone={pkg.active ? "success" : "neutral"}>{pkg.active ? t("active") : t("inactive")}</Badge>
          </TableCell>
          <ActionsCell>
            <PackageDialog pkg={pkg} />
            <PackageActiveToggle pkg={pkg} />
          </ActionsCell>
        </TableRow>
      ))}
    </OperatorTable>
  );
}
