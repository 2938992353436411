import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { plural } from "@/lib/format";
import { Button } from "./button";

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
} & (
  | {
      /** what is counted, in English: ["entry", "entries"] → "12 entries" (screens not yet translated) */
      noun: [singular: string, plural: string];
      countLabel?: never;
    }
  | {
      /** the total as the caller's catalog counts it ("12 entries", "共 12 条记录") */
      countLabel: string;
      noun?: never;
    }
);

/** Previous/Next paging with "Page X of Y" and the total count. */
export function Pagination({ page, pageSize, total, noun, countLabel, onPageChange }: PaginationProps) {
  const t = useTranslations("common.pagination");
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav
      aria-label={t("label")}
      className="flex flex-col gap-3 border-t border-slate-100 px-4 py-3 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between"
    >
      <p>{countLabel ?? (noun ? plural(total, noun[0], noun[1]) : null)}</p>
      <div className="flex items-center gap-3">
        <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          <ChevronLeft aria-hidden />
          {t("previous")}
        </Button>
        <span aria-live="polite">{t("page", { page: Math.min(page, pageCount), pages: pageCount })}</span>
        <Button variant="secondary" size="sm" disabled={page >= pageCount} onClick={() => onPageChange(page + 1)}>
          {t("next")}
          <ChevronRight aria-hidden />
        </Button>
      </div>
    </nav>
  );
}
