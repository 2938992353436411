import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { formatChange, formatCount, formatMs, formatShare, relativeChange } from "../fleet-format";
import { compareShortfall, type Compare } from "./latency-meta";

type Summary = Compare["a"]["summary"];
type Row = { label: string; read: (s: Summary) => number | null; format: (value: number | null) => string; /** which way is worse, for the red flag */ worse: "higher" | "lower" | null };

const ROWS: Row[] = [
  { label: "p50", read: (s) => s.p50, format: formatMs, worse: "higher" },
  { label: "p95", read: (s) => s.p95, format: formatMs, worse: "higher" },
  { label: "p99", read: (s) => s.p99, format: formatMs, worse: "higher" },
  { label: "Within SLO", read: (s) => s.withinSlo, format: formatShare, worse: "lower" },
  { label: "Interactions", read: (s) => s.count, format: (v) => (v === null ? "—" : formatCount(v)), worse: null },
];

/** A side's column heading: its value, and its sample size below. */
function SideHeader({ side, data }: { side: "a" | "b"; data: Compare }) {
  return (
    <TableHeaderCell className="text-right">
      {side.toUpperCase()} · {data[side].value}
      <span className="block text-xs font-normal normal-case tracking-normal text-slate-500">n = {formatCount(data[side].summary.count)}</span>
    </TableHeaderCell>
  );
}

/**
 * A and B over the whole range, with each side's sample size and B's change relative to A; a
 * worse B is flagged in red. Under the minimum sample on either side, no change is computed:
 * the table says there is not enough data instead of a percentage of noise.
 */
export function CompareTable({ data }: { data: Compare }) {
  const shortfall = compareShortfall(data);
  return (
    <div>
      {shortfall ? (
        <p role="note" className="mx-5 mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {shortfall}. Widen the range or pick releases with more interactions.
        </p>
      ) : null}
      <Table aria-label="Comparison">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Metric</TableHeaderCell>
            <SideHeader side="a" data={data} />
            <SideHeader side="b" data={data} />
            <TableHeaderCell className="text-right">Change (B vs A)</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {ROWS.map((row) => {
            const a = row.read(data.a.summary);
            const b = row.read(data.b.summary);
            const change = shortfall ? null : relativeChange(a, b);
            const worse = change !== null && ((row.worse === "higher" && change > 0) || (row.worse === "lower" && change < 0));
            return (
              <TableRow key={row.label} className={cn(worse && "bg-red-50/60")}>
                <TableCell className="font-medium text-slate-900">{row.label}</TableCell>
                <TableCell className="text-right tabular-nums">{row.format(a)}</TableCell>
                <TableCell className={cn("text-right tabular-nums", worse && "font-semibold text-red-700")}>{row.format(b)}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {shortfall ? (
                    <span className="text-slate-500">Not enough data</span>
                  ) : (
                    <span className={cn(worse ? "font-semibold text-red-700" : "text-slate-600")}>{formatChange(change)}</span>
                  )}
                  {worse && row.worse === "higher" ? (
                    <Badge tone="danger" className="ml-2">
                      B slower
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
