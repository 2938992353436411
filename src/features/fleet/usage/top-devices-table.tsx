import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatCount, formatMinutes } from "../fleet-format";
import type { TopDevices } from "./usage-meta";

/** One page of the busiest devices; each serial opens the device's page. */
export function TopDevicesTable({ orgSlug, items, offset }: { orgSlug: string; items: TopDevices["items"]; offset: number }) {
  return (
    <Table aria-label="Top devices">
      <TableHead>
        <TableRow>
          <TableHeaderCell className="w-12">#</TableHeaderCell>
          <TableHeaderCell>Serial</TableHeaderCell>
          <TableHeaderCell>SKU</TableHeaderCell>
          <TableHeaderCell className="text-right">Interactions</TableHeaderCell>
          <TableHeaderCell className="text-right">Minutes</TableHeaderCell>
          <TableHeaderCell className="text-right">Tokens</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((device, index) => (
          <TableRow key={device.deviceId}>
            <TableCell className="text-slate-500 tabular-nums">{offset + index + 1}</TableCell>
            <TableCell>
              <Link href={`/o/${orgSlug}/devices/${device.deviceId}`} className="font-mono text-xs text-brand-700 hover:underline" title={device.deviceId}>
                {device.serial}
              </Link>
            </TableCell>
            <TableCell>{device.skuName}</TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(device.interactions)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatMinutes(device.minutes)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(device.tokens)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
