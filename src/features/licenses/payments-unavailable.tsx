import { Ban } from "lucide-react";

/** Why nothing can be bought: the deployment has no payment provider (no Stripe key, no local test mode). */
export function PaymentsUnavailableNotice({ id }: { id?: string }) {
  return (
    <div id={id} role="note" aria-label="Purchases unavailable" className="mx-5 mt-5 rounded-lg border border-red-200 bg-red-50 p-4 text-red-950">
      <p className="flex items-center gap-2 font-semibold">
        <Ban className="size-4 shrink-0" aria-hidden />
        Buying seats is unavailable
      </p>
      <p className="mt-1 text-sm">
        This deployment has no payment provider configured, so no purchase can be started or paid. Ask your Anima contact for seats.
      </p>
    </div>
  );
}
