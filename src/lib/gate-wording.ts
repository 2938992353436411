import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/messages";
import type { GateFailure } from "@/shared/rollouts";

/**
 * Why a latency gate rolled a version back, in one language (`rollouts.gateFailure`): the
 * rollouts page and the rollback email word the stored code and figures with it. English is
 * exactly the sentence the server keeps in the rollout's `reason` (gate.ts). Plain
 * `use-intl/core`, so the mail worker can use it outside React.
 */
export function gateFailureText({ code, params }: GateFailure, locale: Locale, messages: Messages): string {
  const t = createTranslator({ locale, messages, namespace: "rollouts.gateFailure" });
  const kinds = createTranslator({ locale, messages, namespace: "fleet.kindsLower" });
  const numbers = new Intl.NumberFormat(locale);
  const ms = (value: number) => `${numbers.format(Math.round(value))} ms`;
  const figures = { version: params.version, kind: kinds(params.kind), p95: ms(params.p95Ms), count: numbers.format(params.interactions) };
  if (code === "p95Above") return t("p95Above", { ...figures, limit: ms(params.maxP95Ms) });
  const { baseline } = params;
  return t("slowerThanBefore", {
    ...figures,
    // The limits as the plan gave them (no digit grouping), as the English reason always wrote them.
    regression: String(Math.round(params.regressionPct)),
    allowed: String(params.maxRegressionPct),
    baselineVersion: baseline.version,
    baselineP95: ms(baseline.p95Ms),
    baselineCount: numbers.format(baseline.interactions),
  });
}
