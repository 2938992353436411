import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { actorLabel, describeChange, KIND_LABELS, KIND_TONES, type LedgerEntry } from "./license-meta";
import { orderPath } from "./order-meta";

/** One page of seat ledger entries: when, what kind, by how much, why, on what, by whom. Orders link only for members who may see them. */
export function LedgerTable({ orgSlug, entries, canSeeOrders }: { orgSlug: string; entries: LedgerEntry[]; canSeeOrders: boolean }) {
  return (
    <Table aria-label="Seat ledger">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Time</TableHeaderCell>
          <TableHeaderCell>Kind</TableHeaderCell>
          <TableHeaderCell>Change</TableHeaderCell>
          <TableHeaderCell>Reason</TableHeaderCell>
          <TableHeaderCell>Reference</TableHeaderCell>
          <TableHeaderCell>By</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id} className="align-top">
            <TableCell>
              <DateTime value={entry.createdAt} />
            </TableCell>
            <TableCell>
              <Badge tone={KIND_TONES[entry.kind]}>{KIND_LABELS[entry.kind]}</Badge>
            </TableCell>
            <TableCell
              className={cn(
                "tabular-nums",
                entry.totalDelta > 0 && "font-medium text-emerald-700",
                entry.totalDelta < 0 && "font-medium text-red-700",
              )}
            >
              {describeChange(entry)}
            </TableCell>
            <TableCell className="max-w-72 min-w-40 break-words whitespace-normal">
              {entry.reason ?? <span className="text-slate-400">—</span>}
            </TableCell>
            <TableCell>
              <Reference orgSlug={orgSlug} entry={entry} canSeeOrders={canSeeOrders} />
            </TableCell>
            <TableCell className="min-w-24 whitespace-normal">{actorLabel(entry.actor)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

type ReferenceProps = { orgSlug: string; entry: LedgerEntry; canSeeOrders: boolean };

/** What an entry is about: the device, an RMA transfer's two devices, or the order. */
function Reference({ orgSlug, entry, canSeeOrders }: ReferenceProps) {
  if (entry.kind === "rma_transfer" && entry.fromDeviceId && entry.deviceId) {
    return (
      <span className="inline-flex items-center gap-1.5">
        <DeviceLink orgSlug={orgSlug} deviceId={entry.fromDeviceId} serial={entry.fromDeviceSerial} />
        <span className="text-slate-500">→</span>
        <DeviceLink orgSlug={orgSlug} deviceId={entry.deviceId} serial={entry.deviceSerial} />
      </span>
    );
  }
  if (entry.deviceId) return <DeviceLink orgSlug={orgSlug} deviceId={entry.deviceId} serial={entry.deviceSerial} />;
  if (entry.orderId) {
    const id = <code className="font-mono text-xs">{entry.orderId}</code>;
    return canSeeOrders ? (
      <Link href={orderPath(orgSlug, entry.orderId)} className="text-brand-700 hover:underline">
        Order {id}
      </Link>
    ) : (
      <span className="text-slate-800">Order {id}</span>
    );
  }
  return <span className="text-slate-400">—</span>;
}

function DeviceLink({ orgSlug, deviceId, serial }: { orgSlug: string; deviceId: string; serial: string | null }) {
  return (
    <Link href={`/o/${orgSlug}/devices/${deviceId}`} className="font-mono text-xs text-brand-700 hover:underline" title={deviceId}>
      {serial ?? deviceId}
    </Link>
  );
}
