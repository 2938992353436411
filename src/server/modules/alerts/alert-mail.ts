import "server-only";
import type { Db } from "@/server/db";
import { publicUrl } from "@/server/env";
import { sendMail } from "@/server/modules/mail/send-mail";
import { ALERT_KIND_INFO, alertScope, formatAlertValue, RECOVERY_RATIO } from "@/shared/alerts";
import type { EvaluatedRule } from "./evaluate";

/**
 * Mails a rule's firing or resolution to its recipients who are still members (SMTP when
 * configured; without it the console's notification bell carries the same news).
 */
export async function mailAlert(db: Db, rule: EvaluatedRule, outcome: "fired" | "resolved", value: number) {
  if (rule.emailUserIds.length === 0) return;
  const org = await db.organization.findUniqueOrThrow({
    where: { id: rule.orgId },
    select: { name: true, slug: true, memberships: { where: { userId: { in: rule.emailUserIds } }, select: { user: { select: { email: true } } } } },
  });
  const reading = formatAlertValue(rule.kind, value);
  const limit = formatAlertValue(rule.kind, outcome === "fired" ? rule.threshold : rule.threshold * RECOVERY_RATIO);
  const subject = `${org.name}: ${rule.name} ${outcome === "fired" ? "is firing" : "resolved"} (${reading})`;
  const text = [
    `${ALERT_KIND_INFO[rule.kind].label}: ${alertScope(rule)} is ${reading}, ${outcome === "fired" ? "above" : "back below"} ${limit}.`,
    `${publicUrl()}/o/${org.slug}/alerts/${rule.id}`,
  ].join("\n\n");
  await Promise.all(org.memberships.map((m) => sendMail(m.user.email, subject, text)));
}
