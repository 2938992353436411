import { z } from "zod";
import { ALERT_RULE_KINDS } from "@/shared/alerts";
import { pageFields } from "../common.dto";

/** An alert rule as the console shows it: its settings and its latest reading. */
export const ZAlertRuleDto = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ALERT_RULE_KINDS),
  skuId: z.string().nullable(),
  sku: z.object({ code: z.string() }).nullable(),
  interactionKind: z.enum(["voice", "video"]).nullable(),
  threshold: z.number().int(),
  windowMinutes: z.number().int(),
  minSample: z.number().int(),
  minIntervalMinutes: z.number().int(),
  emailUserIds: z.array(z.string()),
  enabled: z.boolean(),
  state: z.enum(["ok", "firing"]),
  stateSince: z.date(),
  /** the latest reading; null when there was too little to judge, or none yet */
  lastValue: z.number().nullable(),
  lastEvaluatedAt: z.date().nullable(),
  createdAt: z.date(),
});

export const ZAlertHistoryDto = z.object({
  rule: ZAlertRuleDto,
  incidents: z.array(
    z.object({ id: z.string(), startedAt: z.date(), resolvedAt: z.date().nullable(), startValue: z.number(), peakValue: z.number(), endValue: z.number().nullable() }),
  ),
  ...pageFields,
});

export const ZNotificationsDto = z.object({
  items: z.array(z.object({ id: z.string(), type: z.string(), createdAt: z.date(), unread: z.boolean(), title: z.string(), path: z.string() })),
  unread: z.number().int(),
});
