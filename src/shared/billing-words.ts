import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/messages";
import { lineItem } from "./invoice-lines";
import { parseReviewReason, type ReviewProblem } from "./order-review";
import { formatRate } from "./pricing";
import { isReverseChargeNote, taxLabelCode } from "./tax-words";

type StoredTax = { label: string; rateBps: number; note: string | null };

/**
 * What the billing server writes as English text (tax label and note, document lines, an order's
 * review reason), worded in one language from the `billing` catalog: the console
 * (`useBillingWords`) and the PDFs it downloads. Text the server did not write itself (a tax name
 * an operator typed, a line or reason of another shape) is shown as stored. The English catalog
 * gives the stored sentences word for word (billing-words.test.ts).
 */
export function billingWords(locale: Locale, messages: Messages) {
  const t = createTranslator({ locale, messages, namespace: "billing" });
  const problem = (item: ReviewProblem) => {
    if (item.code === "amount") return t(item.claimed === null ? "review.amountMissing" : "review.amount", { claimed: String(item.claimed), expected: String(item.expected) });
    if (item.code === "currency") return t(item.claimed === null ? "review.currencyMissing" : "review.currency", { claimed: item.claimed ?? "", expected: item.expected });
    return t(`review.${item.code}`);
  };
  const taxLabel = (tax: StoredTax) => {
    const code = taxLabelCode(tax);
    return code ? t(`tax.${code}`) : tax.label;
  };
  return {
    /** "VAT", "Tax", or the operator's label as typed. */
    taxLabel,
    /** The label with its rate: "VAT 0 %". */
    taxLine: (tax: StoredTax) => t("tax.line", { tax: taxLabel(tax), rate: formatRate(tax.rateBps) }),
    taxNote: (note: string) => (isReverseChargeNote(note) ? t("tax.reverseChargeNote") : note),
    /** A document line's description. */
    line(line: { description: string; quantity: number }) {
      const item = lineItem(line.description);
      if (!item) return line.description;
      if (item.kind === "seats") return t("lines.seats", { packageName: item.packageName, seats: line.quantity });
      return t("lines.refund", { packageName: item.packageName, seats: item.seats });
    },
    /** Why an order is held for review. */
    reviewReason(text: string) {
      const reason = parseReviewReason(text);
      if (!reason) return text;
      const problems = reason.problems.map(problem).reduce((list, item) => t("review.joined", { list, item }));
      return t("review.reason", { eventType: reason.eventType, problems });
    },
  };
}

export type BillingWords = ReturnType<typeof billingWords>;
