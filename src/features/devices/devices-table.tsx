"use client";

import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Checkbox } from "@/components/ui/checkbox";
import { SortableHeaderCell } from "@/components/ui/sortable-header-cell";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { TruncatedText } from "@/components/ui/truncated-text";
import { DeviceStatusBadge } from "./device-status-badge";
import { TagChips } from "./tag-chips";
import type { Device, DeviceSortField } from "./device-meta";

type DevicesTableProps = {
  orgSlug: string;
  devices: Device[];
  sort: DeviceSortField;
  direction: "asc" | "desc";
  onSort: (field: DeviceSortField) => void;
  showSku: boolean;
  /** row selection for bulk actions; omitted for members who cannot change devices */
  selection?: { selected: ReadonlySet<string>; onToggle: (id: string, checked: boolean) => void; onTogglePage: (checked: boolean) => void };
};

/** One page of devices; the sortable headers and the selection boxes report to the parent. */
export function DevicesTable({ orgSlug, devices, sort, direction, onSort, showSku, selection }: DevicesTableProps) {
  const t = useTranslations("devices.table");
  const selectedOnPage = selection ? devices.filter((device) => selection.selected.has(device.id)).length : 0;
  const header = (field: DeviceSortField, label: string) => (
    <SortableHeaderCell label={label} active={sort === field} direction={direction} onSort={() => onSort(field)} />
  );

  return (
    <Table aria-label={t("tableLabel")}>
      <TableHead>
        <TableRow>
          {selection ? (
            <TableHeaderCell className="w-10 pr-0">
              <Checkbox
                aria-label={t("selectPage")}
                checked={devices.length > 0 && selectedOnPage === devices.length}
                indeterminate={selectedOnPage > 0 && selectedOnPage < devices.length}
                onChange={(event) => selection.onTogglePage(event.target.checked)}
              />
            </TableHeaderCell>
          ) : null}
          {header("serial", t("serial"))}
          <TableHeaderCell>{t("label")}</TableHeaderCell>
          {showSku ? <TableHeaderCell>{t("sku")}</TableHeaderCell> : null}
          <TableHeaderCell>{t("tags")}</TableHeaderCell>
          {header("status", t("status"))}
          {header("firmware", t("firmware"))}
          {header("lastSeenAt", t("lastSeen"))}
          {header("createdAt", t("registered"))}
        </TableRow>
      </TableHead>
      <TableBody>
        {devices.map((device) => (
          <TableRow key={device.id} className={selection?.selected.has(device.id) ? "bg-brand-50/50" : undefined}>
            {selection ? (
              <TableCell className="w-10 pr-0">
                <Checkbox
                  aria-label={t("selectDevice", { serial: device.serial })}
                  checked={selection.selected.has(device.id)}
                  onChange={(event) => selection.onToggle(device.id, event.target.checked)}
                />
              </TableCell>
            ) : null}
            <TableCell>
              <TruncatedText text={device.serial} className="max-w-56">
                <Link href={`/o/${orgSlug}/devices/${device.id}`} className="font-mono text-sm font-medium text-brand-700 hover:underline">
                  {device.serial}
                </Link>
              </TruncatedText>
              <span className="block font-mono text-xs text-slate-500">{device.id}</span>
            </TableCell>
            <TableCell className="max-w-48 truncate" title={device.label ?? undefined}>
              {device.label ?? <span className="text-slate-400">—</span>}
            </TableCell>
            {showSku ? (
              <TableCell>
                <Link href={`/o/${orgSlug}/skus/${device.skuId}`} className="block max-w-36 truncate font-mono text-xs hover:underline" title={t("skuTitle", { code: device.sku.code, name: device.sku.name })}>
                  {device.sku.code}
                </Link>
              </TableCell>
            ) : null}
            <TableCell>
              <TagChips tags={device.tags} />
            </TableCell>
            <TableCell>
              <DeviceStatusBadge status={device.status} />
            </TableCell>
            <TableCell className="font-mono text-xs">{device.firmware ?? <span className="font-sans text-slate-400">—</span>}</TableCell>
            <TableCell>
              {device.lastSeenAt ? (
                <DateTime value={device.lastSeenAt} show="relative" />
              ) : (
                <span className="text-slate-400">{t("never")}</span>
              )}
            </TableCell>
            <TableCell>
              <DateTime value={device.createdAt} show="date" />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
