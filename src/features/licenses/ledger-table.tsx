import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { actorLabel, describeChange, KIND_TONES, type LedgerEntry } from "./license-meta";
import { orderPath } from "./order-meta";

/** One page of seat ledger entries: when, what kind, by how much, why, on what, by whom. Orders link only for members who may see them. */
export function LedgerTable({ orgSlug, entries, canSeeOrders }: { orgSlug: string; entries: LedgerEntry[]; canSeeOrders: boolean }) {
  const t = useTranslations("licenses.ledger");
  const change = (entry: LedgerEntry) =>
    describeChange(entry)
      .map((part) => t(`change.${part.key}`, { count: part.count }))
      .join(t("change.separator"));
  const actor = (name: string) => {
    const label = actorLabel(name);
    return "key" in label ? t(`actors.${label.key}`) : label.name;
  };
  return (
    <Table aria-label={t("tableLabel")}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t("columns.time")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.kind")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.change")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.reason")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.reference")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.by")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id} className="align-top">
            <TableCell>
              <DateTime value={entry.createdAt} />
            </TableCell>
            <TableCell>
              <Badge tone={KIND_TONES[entry.kind]}>{t(`kinds.${entry.kind}`)}</Badge>
            </TableCell>
            <TableCell
              className={cn(
                "tabular-nums",
                entry.totalDelta > 0 && "font-medium text-emerald-700",
                entry.totalDelta < 0 && "font-medium text-red-700",
              )}
            >
              {change(entry)}
            </TableCell>
            <TableCell className="max-w-72 min-w-40 break-words whitespace-normal">
              {entry.reason ?? <span className="text-slate-400">—</span>}
            </TableCell>
            <TableCell>
              <Reference orgSlug={orgSlug} entry={entry} canSeeOrders={canSeeOrders} />
            </TableCell>
            <TableCell className="min-w-24 whitespace-normal">{actor(entry.actor)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

type ReferenceProps = { orgSlug: string; entry: LedgerEntry; canSeeOrders: boolean };

/** What an entry is about: the device, an RMA transfer's two devices, or the order. */
function Reference({ orgSlug, entry, canSeeOrders }: ReferenceProps) {
  const t = useTranslations("licenses.ledger");
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
    const label = t.rich("order", { id: entry.orderId, code: (chunks) => <code className="font-mono text-xs">{chunks}</code> });
    return canSeeOrders ? (
      <Link href={orderPath(orgSlug, entry.orderId)} className="text-brand-700 hover:underline">
        {label}
      </Link>
    ) : (
      <span className="text-slate-800">{label}</span>
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
