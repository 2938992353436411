import { Ban } from "lucide-react";
import { useTranslations } from "next-intl";

/** Why nothing can be bought: the deployment has no payment provider (no Stripe key, no local test mode). */
export function PaymentsUnavailableNotice({ id }: { id?: string }) {
  const t = useTranslations("licenses.buy.unavailable");
  return (
    <div id={id} role="note" aria-label={t("label")} className="mx-5 mt-5 rounded-lg border border-red-200 bg-red-50 p-4 text-red-950">
      <p className="flex items-center gap-2 font-semibold">
        <Ban className="size-4 shrink-0" aria-hidden />
        {t("title")}
      </p>
      <p className="mt-1 text-sm">{t("body")}</p>
    </div>
  );
}
