import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatCount } from "@/features/licenses/license-meta";
import { formatMoney } from "@/features/licenses/money";
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
          <TableHeaderCell className="text-right">Seats</TableHeaderCell>
          <TableHeaderCell className="text-right">Per seat</TableHeaderCell>
          <TableHeaderCell className="text-right">Package price</TableHeaderCell>
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
            <TableCell className="text-right tabular-nums">{formatCount(pkg.seats)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatMoney(pkg.unitAmount, pkg.currency)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatMoney(pkg.packageAmount, pkg.currency)}</TableCell>
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
