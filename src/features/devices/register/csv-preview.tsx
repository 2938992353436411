import { CircleAlert, CircleCheck } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatCount } from "@/features/licenses/license-meta";
import type { DeviceCsvRow } from "../parse-device-csv";
import { useCsvMessages } from "./use-csv-messages";

const PREVIEW_ROWS = 50;
const LISTED_ERRORS = 100;

/** Counts, the rows with errors (by row number) and the first rows of the file as read. */
export function CsvPreview({ rows, hasHeader, checked }: { rows: DeviceCsvRow[]; hasHeader: boolean; checked: boolean }) {
  const t = useTranslations("devices.csv.preview");
  const { issueText } = useCsvMessages();
  const invalid = rows.filter((row) => row.issues.length > 0);
  const valid = rows.length - invalid.length;
  const issuesOf = (row: DeviceCsvRow) => row.issues.map(issueText).join(" ");

  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-3 gap-3 text-sm" aria-label={t("summary")}>
        <Count label={t("devices")} value={rows.length} />
        <Count label={t("valid")} value={valid} tone={checked && invalid.length === 0 ? "good" : undefined} />
        <Count label={t("withErrors")} value={invalid.length} tone={invalid.length > 0 ? "bad" : undefined} />
      </dl>
      <p className="text-xs text-slate-500">
        {hasHeader ? t("headerRow") : t("noHeaderRow")} {t("rowNumbers")}
      </p>

      {invalid.length > 0 ? (
        <section aria-labelledby="csv-errors-heading" className="rounded-md border border-red-200 bg-red-50/60 p-4">
          <h3 id="csv-errors-heading" className="flex items-center gap-2 text-sm font-semibold text-red-800">
            <CircleAlert className="size-4 shrink-0" aria-hidden />
            {t("errorsHeading", { count: invalid.length })}
          </h3>
          <ul className="mt-2 max-h-72 space-y-1 overflow-y-auto text-sm text-red-900" aria-label={t("errorsList")}>
            {invalid.slice(0, LISTED_ERRORS).map((row) => (
              <li key={row.row}>
                <span className="font-medium">{t("row", { row: row.row })}</span>
                {row.serial ? <span className="font-mono text-xs"> ({row.serial})</span> : null}: {issuesOf(row)}
              </li>
            ))}
          </ul>
          {invalid.length > LISTED_ERRORS ? <p className="mt-2 text-sm text-red-900">{t("moreRows", { count: invalid.length - LISTED_ERRORS })}</p> : null}
        </section>
      ) : null}

      <div className="overflow-hidden rounded-md border border-slate-200">
        <p className="border-b border-slate-200 bg-white px-4 py-2 text-sm font-medium text-slate-700">
          {rows.length > PREVIEW_ROWS ? t("first", { shown: PREVIEW_ROWS, count: rows.length }) : t("all", { count: rows.length })}
        </p>
        <Table aria-label={t("table")}>
          <TableHead>
            <TableRow>
              <TableHeaderCell className="w-16">{t("colRow")}</TableHeaderCell>
              <TableHeaderCell>{t("colSerial")}</TableHeaderCell>
              <TableHeaderCell>{t("colLabel")}</TableHeaderCell>
              <TableHeaderCell>{t("colBatch")}</TableHeaderCell>
              <TableHeaderCell>{t("colTags")}</TableHeaderCell>
              <TableHeaderCell>{t("colCheck")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.slice(0, PREVIEW_ROWS).map((row) => (
              <TableRow key={row.row} className={row.issues.length > 0 ? "bg-red-50/50" : undefined}>
                <TableCell className="tabular-nums text-slate-500">{row.row}</TableCell>
                <TableCell className="font-mono text-xs">{row.serial || <span className="text-slate-400">{t("empty")}</span>}</TableCell>
                <TableCell className="max-w-48 truncate">{row.label || <span className="text-slate-400">—</span>}</TableCell>
                <TableCell className="max-w-40 truncate">{row.batch || <span className="text-slate-400">—</span>}</TableCell>
                <TableCell className="max-w-40 truncate font-mono text-xs">{row.tags || <span className="font-sans text-slate-400">—</span>}</TableCell>
                <TableCell className="min-w-56 whitespace-normal">
                  {row.issues.length > 0 ? (
                    <span className="text-red-700">{issuesOf(row)}</span>
                  ) : checked ? (
                    <span className="inline-flex items-center gap-1 text-emerald-700">
                      <CircleCheck className="size-4" aria-hidden />
                      {t("ok")}
                    </span>
                  ) : (
                    <span className="text-slate-400">{t("checking")}</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

function Count({ label, value, tone }: { label: string; value: number; tone?: "good" | "bad" }) {
  const locale = useLocale();
  const color = tone === "good" ? "text-emerald-700" : tone === "bad" ? "text-red-700" : "text-slate-900";
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className={`text-xl font-semibold tabular-nums ${color}`}>{formatCount(value, locale)}</dd>
    </div>
  );
}
