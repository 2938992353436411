"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatCount, formatMinutes } from "../fleet-format";
import type { TopDevices } from "./usage-meta";

/** One page of the busiest devices; each serial opens the device's page. */
export function TopDevicesTable({ orgSlug, items, offset }: { orgSlug: string; items: TopDevices["items"]; offset: number }) {
  const t = useTranslations("fleet.topDevices");
  const locale = useLocale();
  return (
    <Table aria-label={t("title")}>
      <TableHead>
        <TableRow>
          <TableHeaderCell className="w-12">{t("rank")}</TableHeaderCell>
          <TableHeaderCell>{t("serial")}</TableHeaderCell>
          <TableHeaderCell>{t("sku")}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t("interactions")}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t("minutes")}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t("tokens")}</TableHeaderCell>
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
            <TableCell className="text-right tabular-nums">{formatCount(device.interactions, locale)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatMinutes(device.minutes, locale)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(device.tokens, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
