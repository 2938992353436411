import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { tierSpan } from "@/features/licenses/tier-table";
import { formatMoney } from "@/shared/money";
import { tierRanges } from "@/shared/pricing";
import type { OperatorPackage } from "./operator-meta";
import { PackageActiveToggle } from "./package-active-toggle";
import { PackageDialog } from "./package-dialog";

/** The whole catalog, inactive packages too, in the order buyers see it. */
export function PackagesTable({ packages }: { packages: OperatorPackage[] }) {
  return (
    <Table aria-label="Packages">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Volume tiers (per seat)</TableHeaderCell>
          <TableHeaderCell>Currency</TableHeaderCell>
          <TableHeaderCell>Term</TableHeaderCell>
          <TableHeaderCell>Lookup key</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell sticky="end">
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {packages.map((pkg) => (
          <TableRow key={pkg.id}>
            <TableCell className="font-medium text-slate-900">{pkg.name}</TableCell>
            <TableCell className="text-xs tabular-nums">
              <ul>
                {tierRanges(pkg.tiers).map((tier) => (
                  <li key={tier.fromSeats} className="whitespace-nowrap">
                    {tierSpan(tier)}: {formatMoney(tier.unitAmount, pkg.currency)}
                  </li>
                ))}
              </ul>
            </TableCell>
            <TableCell className="font-mono text-xs uppercase">{pkg.currency}</TableCell>
            <TableCell>{pkg.termMonths ? `${pkg.termMonths} months` : "Perpetual"}</TableCell>
            <TableCell className="font-mono text-xs">{pkg.stripeLookupKey ?? <span className="text-slate-400">—</span>}</TableCell>
            <TableCell>
              <Badge tone={pkg.active ? "success" : "neutral"}>{pkg.active ? "Active" : "Inactive"}</Badge>
            </TableCell>
            <TableCell sticky="end">
              <div className="flex justify-end gap-1">
                <PackageDialog pkg={pkg} />
                <PackageActiveToggle pkg={pkg} />
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
