import { DateTime } from "@/components/ui/date-time";
import { CircleAlert, CircleCheck, LoaderCircle, RotateCw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { SaveStatus } from "./use-autosave";

/** "12:03": when a save happened, on the viewer's clock, in the console's language. */
function formatSaveTime(at: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(at));
}

type SaveIndicatorProps = {
  status: SaveStatus;
  /** the draft as loaded: when and by whom it was last saved */
  lastSaved: { at: Date | null; by: string | null };
  onRetry: () => void;
};

/** Where autosave stands, read out politely as it changes: Saving…, Saved 12:03, Couldn't save — Retry. */
export function SaveIndicator({ status, lastSaved, onRetry }: SaveIndicatorProps) {
  const t = useTranslations("skuConfig.save");
  return (
    <div className="flex min-h-8 items-center gap-2 text-sm">
      <p role="status" aria-live="polite" className="flex items-center gap-1.5 text-slate-600">
        <StatusText status={status} lastSaved={lastSaved} />
      </p>
      {status.state === "error" ? (
        <Button variant="secondary" size="sm" onClick={onRetry}>
          <RotateCw aria-hidden />
          {t("retry")}
        </Button>
      ) : null}
    </div>
  );
}

function StatusText({ status, lastSaved }: Omit<SaveIndicatorProps, "onRetry">) {
  const t = useTranslations("skuConfig.save");
  const locale = useLocale();
  switch (status.state) {
    case "pending":
      return <>{t("pending")}</>;
    case "saving":
      return (
        <>
          <LoaderCircle className="size-4 animate-spin" aria-hidden />
          {t("saving")}
        </>
      );
    case "saved":
      return (
        <>
          <CircleCheck className="size-4 text-emerald-600" aria-hidden />
          {t("saved", { time: formatSaveTime(status.at, locale) })}
        </>
      );
    case "error":
      return (
        <span className="flex items-center gap-1.5 text-red-700">
          <CircleAlert className="size-4" aria-hidden />
          {t("error", { message: status.message })}
        </span>
      );
    case "conflict":
      return (
        <span className="flex items-center gap-1.5 text-red-700">
          <CircleAlert className="size-4" aria-hidden />
          {t("conflict")}
        </span>
      );
    default: {
      if (!lastSaved.at) return <>{t("automatic")}</>;
      const at = lastSaved.at;
      const time = () => <DateTime value={at} />;
      return <>{lastSaved.by ? t.rich("draftSavedBy", { time, name: lastSaved.by }) : t.rich("draftSaved", { time })}</>;
    }
  }
}
