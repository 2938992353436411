import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatCount } from "@/features/licenses/license-meta";
import { GrantSeatsDialog } from "./grant-seats-dialog";
import { OpenViewDialog } from "./open-view-dialog";
import type { OperatorOrg } from "./operator-meta";
import { OverageDialog } from "./overage-dialog";
import { SeatsBeforePaymentToggle } from "./seats-before-payment-toggle";

/** Organizations with their seat pools (and orders held for review), and the operator's two levers on them. */
export function OrganizationsTable({ orgs }: { orgs: OperatorOrg[] }) {
  return (
    <Table aria-label="Organizations">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Slug</TableHeaderCell>
          <TableHeaderCell className="text-right">Seats used / total</TableHeaderCell>
          <TableHeaderCell className="text-right">Overage</TableHeaderCell>
          <TableHeaderCell>Quote seats</TableHeaderCell>
          <TableHeaderCell sticky="end">
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {orgs.map((org) => (
          <TableRow key={org.id}>
            <TableCell className="font-medium whitespace-normal text-slate-900">
              {org.name}
              {org.ordersInReview > 0 ? (
                <Badge tone="danger" className="ml-2">
                  {org.ordersInReview === 1 ? "1 order in review" : `${formatCount(org.ordersInReview)} orders in review`}
                </Badge>
              ) : null}
            </TableCell>
            <TableCell className="font-mono text-xs">{org.slug}</TableCell>
            <TableCell className="text-right tabular-nums">
              {formatCount(org.seatsUsed)} / {formatCount(org.seatsTotal)}
            </TableCell>
            <TableCell className="text-right tabular-nums">{org.overagePercent}%</TableCell>
            <TableCell>{org.seatsBeforePayment ? <Badge tone="warning">At acceptance</Badge> : "On payment"}</TableCell>
            <TableCell sticky="end">
              <div className="flex justify-end gap-1">
                <OpenViewDialog org={org} />
                <GrantSeatsDialog org={org} />
                <OverageDialog org={org} />
                <SeatsBeforePaymentToggle org={org} />
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
