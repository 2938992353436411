import { createTranslator, useLocale, useMessages } from "next-intl";
import { useMemo } from "react";
import { CATALOGS } from "@/messages";

const english = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "fleet" });

/** The `fleet` messages in one language, usable outside components (chart parts are functions recharts reads). */
export type FleetT = typeof english;
/** What a chart needs to speak the console's language: its messages and the locale for dates and numbers. */
export type ChartText = { locale: string; t: FleetT };

/** English, for callers that have no console language (tests, and charts of screens not yet translated). */
export const ENGLISH_CHART_TEXT: ChartText = { locale: "en", t: english };

/** The console's language for the fleet charts. */
export function useChartText(): ChartText {
  const locale = useLocale();
  const messages = useMessages();
  return useMemo(() => ({ locale, t: createTranslator({ locale, messages, namespace: "fleet" }) }), [locale, messages]);
}
