"use client";

import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { toCsv } from "@/lib/csv";
import { cn } from "@/lib/utils";
import { CsvButton, csvFilename } from "@/features/fleet/csv-button";
import { formatCompact, formatCount } from "@/features/fleet/fleet-format";
import { money, multiple, TABLE_COLUMNS, tableRows, type Economics, type EconomicsFigures } from "./economics-meta";

const HEADERS = [
  { label: "Devices", hint: "now → in 12 months" },
  { label: "Tokens", hint: "per device-month" },
  { label: "License", hint: "per device-month" },
  { label: "Token billing", hint: "per device-month" },
  { label: "Licenses", hint: "next 12 months" },
  { label: "Token billing", hint: "next 12 months" },
] as const;

/** A figure with a smaller line under it. */
function Figure({ value, detail, title }: { value: string; detail: string; title?: string }) {
  return (
    <span title={title}>
      {value}
      <span className="block text-xs font-normal text-slate-500">{detail}</span>
    </span>
  );
}

/** One row's figures after its name cell, in the order of HEADERS. */
function FigureCells({ row, currency }: { row: EconomicsFigures; currency: string }) {
  const times = multiple(row.tokenPerDevice, row.licensePerDevice);
  const cells = [
    <Figure key="devices" value={formatCount(row.devices)} detail={`→ ${formatCount(row.devicesIn12Months)}`} />,
    <Figure
      key="tokens"
      value={formatCompact(row.inputTokensPerDevice + row.outputTokensPerDevice)}
      detail={`${formatCompact(row.inputTokensPerDevice)} in · ${formatCompact(row.outputTokensPerDevice)} out`}
      title={`${formatCount(row.inputTokensPerDevice)} input and ${formatCount(row.outputTokensPerDevice)} output tokens`}
    />,
    money(row.licensePerDevice, currency),
    <Figure key="token" value={money(row.tokenPerDevice, currency)} detail={times ? `${times} the license` : "—"} />,
    money(row.license12Months, currency),
    money(row.token12Months, currency),
  ];
  return cells.map((cell, index) => (
    <TableCell key={index} className="px-3 text-right align-top tabular-nums">
      {cell}
    </TableCell>
  ));
}

/** Per SKU and for the fleet: a device's license against its token bill, now and over the next 12 months. */
export function SkuEconomicsTable({ data }: { data: Economics }) {
  return (
    <Card aria-labelledby="sku-economics-title">
      <CardHeader className="gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <CardTitle id="sku-economics-title">Per SKU</CardTitle>
          <CardDescription>
            Tokens from the devices that interacted between {data.window.from} and {data.window.to} (UTC days); amounts in {data.currency.toUpperCase()}.
          </CardDescription>
        </div>
        <CsvButton what="Unit economics per SKU" file={() => ({ filename: csvFilename("unit-economics-skus"), text: toCsv(TABLE_COLUMNS, tableRows(data)) })} />
      </CardHeader>
      <Table aria-label="Unit economics per SKU">
        <TableHead>
          <TableRow>
            <TableHeaderCell>SKU</TableHeaderCell>
            {HEADERS.map((header, index) => (
              <TableHeaderCell key={index} className="px-3 text-right">
                {header.label}
                <span className="block text-xs font-normal tracking-normal normal-case text-slate-500">{header.hint}</span>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.skus.map((sku) => (
            <TableRow key={sku.skuId}>
              <TableCell className="max-w-48 truncate align-top">
                <span className="font-medium text-slate-900" title={sku.name}>{sku.name}</span>
                <span className="block font-mono text-xs text-slate-500">{sku.code}</span>
              </TableCell>
              <FigureCells row={sku} currency={data.currency} />
            </TableRow>
          ))}
          <TableRow className={cn("border-t-2 border-slate-200 bg-slate-50 font-semibold")}>
            <TableCell className="align-top text-slate-900">Fleet</TableCell>
            <FigureCells row={data.totals} currency={data.currency} />
          </TableRow>
        </TableBody>
      </Table>
    </Card>
  );
}
