"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { downloadTextFile } from "@/lib/csv";

export type CsvFile = { filename: string; text: string };

/** "Download CSV" for one chart or table; the file is built on click from what is on screen. */
export function CsvButton({ what, file, disabled }: { what: string; file: () => CsvFile | null; disabled?: boolean }) {
  const t = useTranslations("fleet.card");
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={disabled}
      onClick={() => {
        const csv = file();
        if (csv) downloadTextFile(csv.filename, csv.text);
      }}
    >
      <Download aria-hidden />
      {t("downloadCsv")}
      <span className="sr-only">: {what}</span>
    </Button>
  );
}

/** `anima-<chart>-<yyyy-mm-dd-hhmm>.csv` (UTC), so downloads of a day do not collide. */
export function csvFilename(chart: string, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace("T", "-").replace(":", "");
  return `anima-${chart.replace(/[^A-Za-z0-9._-]+/g, "-")}-${stamp}.csv`;
}
