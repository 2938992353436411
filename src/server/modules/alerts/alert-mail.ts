import "server-only";
import type { Db } from "@/server/db";
import { publicUrl } from "@/server/env";
import type { MailTranslator } from "@/server/modules/mail/mail-locale";
import { sendInTheirLanguage } from "@/server/modules/mail/send-in-language";
import { formatAlertValue, RECOVERY_RATIO } from "@/shared/alerts";
import type { EvaluatedRule } from "./evaluate";

/**
 * Mails a rule's firing or resolution to its recipients who are still members, each in their
 * console language (SMTP when configured; without it the console's notification bell carries
 * the same news).
 */
export async function mailAlert(db: Db, rule: EvaluatedRule, outcome: "fired" | "resolved", value: number) {
  if (rule.emailUserIds.length === 0) return;
  const org = await db.organization.findUniqueOrThrow({
    where: { id: rule.orgId },
    select: { name: true, slug: true, memberships: { where: { userId: { in: rule.emailUserIds } }, select: { user: { select: { email: true, locale: true } } } } },
  });
  const reading = formatAlertValue(rule.kind, value);
  const limit = formatAlertValue(rule.kind, outcome === "fired" ? rule.threshold : rule.threshold * RECOVERY_RATIO);
  await sendInTheirLanguage(
    org.memberships.map((m) => m.user),
    (t) => ({
      subject: t(`alert.${outcome}Subject`, { org: org.name, rule: rule.name, reading }),
      paragraphs: [t(`alert.${outcome}`, { kind: t(`alert.kinds.${rule.kind}`), scope: scopeText(t, rule), reading, limit }), `${publicUrl()}/o/${org.slug}/alerts/${rule.id}`],
    }),
  );
}

/** What the rule watches, in words ("voice p95 of SKU TOY-1 over 10 minutes"), as `alertScope` says it in English. */
function scopeText(t: MailTranslator, rule: EvaluatedRule): string {
  const fleet = rule.sku ? t("alert.sku", { code: rule.sku.code }) : t("alert.wholeFleet");
  if (rule.kind === "slo_breach") return t("alert.sloScope", { interaction: rule.interactionKind ?? "", fleet, minutes: rule.windowMinutes });
  if (rule.kind === "seats_low") return t("alert.seatsScope");
  return t("alert.offlineScope", { fleet, minutes: rule.windowMinutes });
}
