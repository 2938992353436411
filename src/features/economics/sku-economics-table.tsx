"use client";

import { useTranslations } from "next-intl";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { toCsv } from "@/lib/csv";
import { cn } from "@/lib/utils";
import { CsvButton, csvFilename } from "@/features/fleet/csv-button";
import { multiple, TABLE_COLUMNS, tableRows, type Economics, type EconomicsFigures } from "./economics-meta";
import { useEconomicsFormat } from "./use-economics-format";

/** The figure columns' headers and the line under each, as keys of `economics.table`. */
const HEADERS = (
  [["devices", "devicesHint"], ["tokens", "perDeviceMonth"], ["license", "perDeviceMonth"], ["tokenBilling", "perDeviceMonth"], ["licenses", "next12Months"], ["tokenBilling", "next12Months"]] as const
).map(([label, hint]) => ({ label, hint }));

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
  const t = useTranslations("economics.table");
  const { money, count, compact } = useEconomicsFormat();
  const times = multiple(row.tokenPerDevice, row.licensePerDevice);
  const cells = [
    <Figure key="devices" value={count(row.devices)} detail={`→ ${count(row.devicesIn12Months)}`} />,
    <Figure
      key="tokens"
      value={compact(row.inputTokensPerDevice + row.outputTokensPerDevice)}
      detail={t("tokensDetail", { input: compact(row.inputTokensPerDevice), output: compact(row.outputTokensPerDevice) })}
      title={t("tokensTitle", { input: count(row.inputTokensPerDevice), output: count(row.outputTokensPerDevice) })}
    />,
    money(row.licensePerDevice, currency),
    <Figure key="token" value={money(row.tokenPerDevice, currency)} detail={times ? t("timesLicense", { times }) : "—"} />,
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
  const t = useTranslations("economics.table");
  return (
    <Card aria-labelledby="sku-economics-title">
      <CardHeader className="gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <CardTitle id="sku-economics-title">{t("title")}</CardTitle>
          <CardDescription>{t("description", { from: data.window.from, to: data.window.to, currency: data.currency.toUpperCase() })}</CardDescription>
        </div>
        <CsvButton what={t("label")} file={() => ({ filename: csvFilename("unit-economics-skus"), text: toCsv(TABLE_COLUMNS, tableRows(data)) })} />
      </CardHeader>
      <Table aria-label={t("label")}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t("sku")}</TableHeaderCell>
            {HEADERS.map((header, index) => (
              <TableHeaderCell key={index} className="px-3 text-right">
                {t(header.label)}
                <span className="block text-xs font-normal tracking-normal normal-case text-slate-500">{t(header.hint)}</span>
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
            <TableCell className="align-top text-slate-900">{t("fleet")}</TableCell>
            <FigureCells row={data.totals} currency={data.currency} />
          </TableRow>
        </TableBody>
      </Table>
    </Card>
  );
}
