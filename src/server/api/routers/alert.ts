import { z } from "zod";
import {
  alertRuleHistory, createAlertRule, deleteAlertRule, listAlertRules, setAlertRuleEnabled, updateAlertRule, ZAlertRuleInput, ZIncidentsInput,
} from "@/server/modules/alerts/rules";
import { listNotifications, markNotificationsSeen } from "@/server/modules/notifications/notifications";
import { ZAlertHistoryDto, ZAlertRuleDto, ZNotificationsDto } from "./alert.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";
import { schemaMessage } from "@/shared/schema-message";

const ZId = z.object({ id: z.string().min(1).max(64) });

/** Alerts (docs/alerts.md): every member reads rules and their history; owners, admins and developers change them. */
export const alertRouter = createTRPCRouter({
  list: orgProcedure("org:read")
    .output(z.array(ZAlertRuleDto))
    .query(({ ctx }) => listAlertRules(ctx.db, ctx.org.id)),
  history: orgProcedure("org:read")
    .input(ZIncidentsInput)
    .output(ZAlertHistoryDto)
    .query(({ ctx, input }) => alertRuleHistory(ctx.db, ctx.org.id, input)),
  create: orgProcedure("alerts:manage")
    .input(z.object({ rule: ZAlertRuleInput }))
    .output(ZAlertRuleDto)
    .mutation(({ ctx, input }) => createAlertRule(ctx.db, ctx.org.id, ctx.actor, input.rule)),
  update: orgProcedure("alerts:manage")
    .input(ZId.extend({ rule: ZAlertRuleInput }))
    .output(ZAlertRuleDto)
    .mutation(({ ctx, input }) => updateAlertRule(ctx.db, ctx.org.id, ctx.actor, input.id, input.rule)),
  setEnabled: orgProcedure("alerts:manage")
    .input(ZId.extend({ enabled: z.boolean() }))
    .output(ZAlertRuleDto)
    .mutation(({ ctx, input }) => setAlertRuleEnabled(ctx.db, ctx.org.id, ctx.actor, input.id, input.enabled)),
  delete: orgProcedure("alerts:manage")
    .input(ZId)
    .output(z.object({ id: z.string(), deleted: z.literal(true) }))
    .mutation(({ ctx, input }) => deleteAlertRule(ctx.db, ctx.org.id, ctx.actor, input.id)),
});

/** The bell: the signed-in member's notifications in this organization. */
export const notificationRouter = createTRPCRouter({
  list: orgProcedure("org:read")
    .output(ZNotificationsDto)
    .query(async ({ ctx }) => listNotifications(ctx.db, { orgId: ctx.org.id, userId: ctx.user.id, role: ctx.org.role }, await ctx.consoleLocale())),
  markSeen: orgProcedure("org:read")
    .input(z.object({ upTo: z.coerce.date(schemaMessage("upTo must be a date.")) }))
    .output(z.object({ seenAt: z.date() }))
    .mutation(({ ctx, input }) => markNotificationsSeen(ctx.db, { orgId: ctx.org.id, userId: ctx.user.id, role: ctx.org.role }, input.upTo)),
});
