import { CircleAlert, MailCheck, Terminal } from "lucide-react";
import { useTranslations } from "next-intl";
import type { RouterOutputs } from "@/lib/trpc";

export type MailOutcome = Pick<RouterOutputs["account"]["requestPasswordReset"], "delivery"> & { linkTtlHours?: number };

const ICONS = { sent: MailCheck, printed: Terminal, unavailable: CircleAlert, failed: CircleAlert } as const;

/**
 * What happened to an account email, in words: sent; printed in the terminal (embedded demo
 * database without SMTP); impossible on this deployment (with what to do instead); failed.
 */
export function MailOutcomeMessage({ outcome: { delivery, linkTtlHours }, email, noMail }: { outcome: MailOutcome; email: string; noMail: string }) {
  const t = useTranslations("auth.mailOutcome");
  const Icon = ICONS[delivery];
  const text = delivery === "unavailable" ? noMail : delivery === "sent" ? t("sent", { email, hours: linkTtlHours ?? 24 }) : t(delivery);
  const tone = delivery === "sent" || delivery === "printed" ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-amber-200 bg-amber-50 text-amber-900";
  return (
    <p role="status" className={`flex items-start gap-2 rounded-md border px-3 py-2 text-sm ${tone}`}>
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>{text}</span>
    </p>
  );
}
