"use client";

import { Info, X } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Back from a cancelled checkout: says that nothing was charged, until dismissed. */
export function CheckoutCancelledNotice() {
  const router = useRouter();
  const pathname = usePathname();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;

  const dismiss = () => {
    setDismissed(true);
    // Drop ?checkout=cancelled so a reload or a shared link does not bring the notice back.
    router.replace(pathname, { scroll: false });
  };

  return (
    <div role="status" className="flex items-start gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-800 shadow-sm">
      <Info className="mt-0.5 size-4 shrink-0 text-brand-600" aria-hidden />
      <p className="flex-1">
        <strong className="font-semibold">Checkout cancelled</strong> — no payment was taken.
      </p>
      <Button variant="ghost" size="sm" className="-my-1 h-7 px-2" onClick={dismiss} aria-label="Dismiss">
        <X aria-hidden />
      </Button>
    </div>
  );
}
