"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Info, X } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc";

type CheckoutCancelledNoticeProps = {
  orgSlug: string;
  /** the order whose Stripe checkout was left (Stripe's cancel link names it) */
  orderId: string | null;
};

/**
 * Back from a cancelled checkout: records the cancellation, so the order reads "Cancelled"
 * rather than "Expired" a day later, and says that nothing was charged, until dismissed.
 */
export function CheckoutCancelledNotice({ orgSlug, orderId }: CheckoutCancelledNoticeProps) {
  const t = useTranslations("licenses.checkout");
  const router = useRouter();
  const pathname = usePathname();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [dismissed, setDismissed] = useState(false);
  const cancel = useMutation(trpc.license.cancelCheckout.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.license.pathKey() }) }));
  const sent = useRef(false);
  const { mutate } = cancel;

  useEffect(() => {
    // Once per visit (React may run effects twice in development); the server side is idempotent anyway.
    if (!orderId || sent.current) return;
    sent.current = true;
    mutate({ orgSlug, orderId });
  }, [mutate, orgSlug, orderId]);

  if (dismissed) return null;

  const dismiss = () => {
    setDismissed(true);
    // Drop ?checkout=cancelled so a reload or a shared link does not bring the notice back.
    router.replace(pathname, { scroll: false });
  };

  return (
    <div role="status" className="flex items-start gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-800 shadow-sm">
      <Info className="mt-0.5 size-4 shrink-0 text-brand-600" aria-hidden />
      <p className="flex-1">{t.rich("cancelled", { b: (chunks) => <strong className="font-semibold">{chunks}</strong> })}</p>
      <Button variant="ghost" size="sm" className="-my-1 h-7 px-2" onClick={dismiss} aria-label={t("dismiss")}>
        <X aria-hidden />
      </Button>
    </div>
  );
}
