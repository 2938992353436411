import { FileWarning } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

/** Why the Buy buttons wait: invoices need the organization's billing details first. */
export function BillingProfileMissingNotice({ id, orgSlug }: { id: string; orgSlug: string }) {
  const t = useTranslations("billing.missing");
  return (
    <div id={id} role="note" aria-label={t("label")} className="mx-5 mt-5 rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950">
      <p className="flex items-center gap-2 font-semibold">
        <FileWarning className="size-4 shrink-0" aria-hidden />
        {t("title")}
      </p>
      <p className="mt-1 text-sm">
        {t.rich("body", {
          link: (chunks) => (
            <Link href={`/o/${orgSlug}/settings/billing`} className="font-medium underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
