import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { cn } from "@/lib/utils";
import { actorLabel, describeChange, KIND_LABELS, KIND_TONES, type LedgerEntry } from "./license-meta";

/** One page of seat ledger entries: when, what kind, by how much, why, on what, by whom. */
export function LedgerTable({ orgSlug, entries }: { orgSlug: string; entries: LedgerEntry[] }) {
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
              <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDateTime(entry.createdAt)}</time>
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
              <Reference orgSlug={orgSlug} entry={entry} />
            </TableCell>
            <TableCell className="min-w-24 whitespace-normal">{actorLabel(entry.actor)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The device (or, for an RMA transfer, both devices) or the order an entry is about. */
function Reference({ orgSlug, entry }: { orgSlug: string; entry: LedgerEntry }) {
  const lines = [
    entry.fromDeviceId ? (
      <span key="from">
        From <DeviceLink orgSlug={orgSlug} deviceId={entry.fromDeviceId} serial={entry.fromDeviceSerial} />
      </span>
    ) : null,
    entry.deviceId ? (
      <span key="device">
        {entry.fromDeviceId ? "To " : null}
        <DeviceLink orgSlug={orgSlug} deviceId={entry.deviceId} serial={entry.deviceSerial} />
      </span>
    ) : null,
    entry.orderId ? (
      <span key="order">
        Order <code className="font-mono text-xs text-slate-800">{entry.orderId}</code>
      </span>
    ) : null,
  ].filter((line) => line !== null);
  if (lines.length === 0) return <span className="text-slate-400">—</span>;
  return <div className="flex flex-col gap-0.5">{lines}</div>;
}

function DeviceLink({ orgSlug, deviceId, serial }: { orgSlug: string; deviceId: string; serial: string | null }) {
  return (
    <Link href={`/o/${orgSlug}/devices/${deviceId}`} className="font-mono text-xs text-brand-700 hover:underline" title={deviceId}>
      {serial ?? deviceId}
    </Link>
  );
}
