import { FileWarning } from "lucide-react";
import Link from "next/link";

/** Why the Buy buttons wait: invoices need the organization's billing details first. */
export function BillingProfileMissingNotice({ id, orgSlug }: { id: string; orgSlug: string }) {
  return (
    <div id={id} role="note" aria-label="Billing details needed" className="mx-5 mt-5 rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950">
      <p className="flex items-center gap-2 font-semibold">
        <FileWarning className="size-4 shrink-0" aria-hidden />
        Add your billing details first
      </p>
      <p className="mt-1 text-sm">
        Invoices are issued to your organization&apos;s legal name, address and tax ID.{" "}
        <Link href={`/o/${orgSlug}/settings/billing`} className="font-medium underline underline-offset-2">
          Fill in the billing profile
        </Link>{" "}
        — it takes a minute — then come back to buy seats.
      </p>
    </div>
  );
}
