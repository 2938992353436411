import { useLocale, useMessages } from "next-intl";
import { useMemo } from "react";
import { billingWords } from "@/shared/billing-words";

/** billingWords (tax label and note, document lines, review reasons) in the console's language. */
export function useBillingWords() {
  const locale = useLocale();
  const messages = useMessages();
  return useMemo(() => billingWords(locale, messages), [locale, messages]);
}
