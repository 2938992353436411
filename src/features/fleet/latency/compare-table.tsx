"use client";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { useChartText, type FleetT } from "../chart-text";
import { formatChange, formatCount, formatMs, formatShare, relativeChange } from "../fleet-format";
import { compareShortfall, type Compare } from "./latency-meta";

type Summary = Compare["a"]["summary"];
type Row = { key: string; label: string; read: (s: Summary) => number | null; format: (value: number | null) => string; /** which way is worse, for the red flag */ worse: "higher" | "lower" | null };

/** The table's rows: percentiles, the share within the SLO and the volume, in the console's language. */
const rowsIn = (locale: string, t: FleetT): Row[] => [
  { key: "p50", label: "p50", read: (s) => s.p50, format: (v) => formatMs(v, locale), worse: "higher" },
  { key: "p95", label: "p95", read: (s) => s.p95, format: (v) => formatMs(v, locale), worse: "higher" },
  { key: "p99", label: "p99", read: (s) => s.p99, format: (v) => formatMs(v, locale), worse: "higher" },
  { key: "withinSlo", label: t("compare.table.withinSlo"), read: (s) => s.withinSlo, format: (v) => formatShare(v, locale), worse: "lower" },
  { key: "count", label: t("compare.table.interactions"), read: (s) => s.count, format: (v) => (v === null ? "—" : formatCount(v, locale)), worse: null },
];

/** A side's column heading: its value, and its sample size below. */
function SideHeader({ side, data, locale, t }: { side: "a" | "b"; data: Compare; locale: string; t: FleetT }) {
  return (
    <TableHeaderCell className="text-right">
      {side.toUpperCase()} · {data[side].value}
      <span className="block text-xs font-normal normal-case tracking-normal text-slate-500">{t("compare.table.sampleSize", { count: formatCount(data[side].summary.count, locale) })}</span>
    </TableHeaderCell>
  );
}

/**
 * A and B over the whole range, with each side's sample size and B's change relative to A; a
 * worse B is flagged in red. Under the minimum sample on either side, no change is computed:
 * the table says there is not enough data instead of a percentage of noise.
 */
export function CompareTable({ data }: { data: Compare }) {
  const text = useChartText();
  const { locale, t } = text;
  const shortfall = compareShortfall(data, text);
  return (
    <div>
      {shortfall ? (
        <p role="note" className="mx-5 mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("compare.table.shortfall", { shortfall })}
        </p>
      ) : null}
      <Table aria-label={t("compare.table.label")}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t("compare.table.metric")}</TableHeaderCell>
            <SideHeader side="a" data={data} locale={locale} t={t} />
            <SideHeader side="b" data={data} locale={locale} t={t} />
            <TableHeaderCell className="text-right">{t("compare.table.change")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rowsIn(locale, t).map((row) => {
            const a = row.read(data.a.summary);
            const b = row.read(data.b.summary);
            const change = shortfall ? null : relativeChange(a, b);
            const worse = change !== null && ((row.worse === "higher" && change > 0) || (row.worse === "lower" && change < 0));
            return (
              <TableRow key={row.key} className={cn(worse && "bg-red-50/60")}>
                <TableCell className="font-medium text-slate-900">{row.label}</TableCell>
                <TableCell className="text-right tabular-nums">{row.format(a)}</TableCell>
                <TableCell className={cn("text-right tabular-nums", worse && "font-semibold text-red-700")}>{row.format(b)}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {shortfall ? (
                    <span className="text-slate-500">{t("compare.table.notEnough")}</span>
                  ) : (
                    <span className={cn(worse ? "font-semibold text-red-700" : "text-slate-600")}>{formatChange(change, locale)}</span>
                  )}
                  {worse && row.worse === "higher" ? (
                    <Badge tone="danger" className="ml-2">
                      {t("compare.table.bSlower")}
                    </Badge>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
