import { CircleAlert, RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** A teammate (or another tab) saved this draft in between: reloading shows their version. */
export function ConflictNotice({ message, onReload, reloading }: { message: string; onReload: () => void; reloading: boolean }) {
  const t = useTranslations("skuConfig.composer");
  return (
    <div role="alert" className="flex flex-col gap-3 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 sm:flex-row sm:items-center">
      <CircleAlert className="size-4 shrink-0" aria-hidden />
      <p className="flex-1">{t("conflictNotSaved", { message })}</p>
      <Button variant="secondary" size="sm" pending={reloading} onClick={onReload}>
        <RotateCw aria-hidden />
        {t("reload")}
      </Button>
    </div>
  );
}
