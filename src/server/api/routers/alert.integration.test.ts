/** The console's alert rules and notification bell through the router: who may change rules, what bad input gets, and what each role's bell holds. */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT, giveBillingProfile } from "@/testing/factories";

const latencyRule = (skuId: string | null) => ({
  kind: "slo_breach" as const,
  name: "Voice p95",
  skuId,
  interactionKind: "voice" as const,
  threshold: 1000,
  windowMinutes: 10,
  minSample: 20,
  minIntervalMinutes: 15,
  emailUserIds: [] as string[],
});

describe("alert rules in the console", () => {
  it("developers create, edit, disable and delete rules, each audited; viewers and sales read them but cannot change them", async () => {
    const { org, owner, members } = await createOrgWithMembers(["DEVELOPER", "VIEWER", "SALES"]);
    const orgSlug = org.slug;
    const developer = callerFor(members.DEVELOPER!.id);
    const sku = await callerFor(owner.id).sku.create({ orgSlug, ...SKU_INPUT });
    const rule = await developer.alert.create({ orgSlug, rule: { ...latencyRule(sku.id), emailUserIds: [owner.id, members.SALES!.id] } });
    expect(rule).toMatchObject({ kind: "slo_breach", sku: { code: sku.code }, state: "ok", enabled: true, lastValue: null });

    for (const role of ["VIEWER", "SALES"] as const) {
      const reader = callerFor(members[role]!.id);
      expect((await reader.alert.list({ orgSlug })).map((r) => r.id)).toEqual([rule.id]);
      await expectTRPCError(reader.alert.create({ orgSlug, rule: latencyRule(null) }), "FORBIDDEN");
      await expectTRPCError(reader.alert.delete({ orgSlug, id: rule.id }), "FORBIDDEN");
    }

    const edited = await developer.alert.update({ orgSlug, id: rule.id, rule: { ...latencyRule(null), name: "Fleet voice p95", threshold: 1200 } });
    expect(edited).toMatchObject({ name: "Fleet voice p95", skuId: null, threshold: 1200, emailUserIds: [] });
    await expectTRPCError(
      developer.alert.update({ orgSlug, id: rule.id, rule: { kind: "seats_low", name: "x", threshold: 90, minIntervalMinutes: 15, emailUserIds: [] } }),
      "BAD_REQUEST",
      /kind cannot change/,
    );
    expect((await developer.alert.setEnabled({ orgSlug, id: rule.id, enabled: false })).enabled).toBe(false);
    expect(await developer.alert.history({ orgSlug, ruleId: rule.id })).toMatchObject({ incidents: [], total: 0 });
    await developer.alert.delete({ orgSlug, id: rule.id });
    expect(await developer.alert.list({ orgSlug })).toEqual([]);
    const audit = await db.auditLog.findMany({ where: { orgId: org.id, targetId: rule.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["alert_rule.created", "alert_rule.updated", "alert_rule.disabled", "alert_rule.deleted"]);
  });

  it("bad rules are refused with the field's problem, storing nothing", async () => {
    const { org, owner } = await createOrgWithMembers();
    const console = callerFor(owner.id);
    const orgSlug = org.slug;
    await expectTRPCError(console.alert.create({ orgSlug, rule: { ...latencyRule(null), threshold: 10 } }), "BAD_REQUEST", /threshold \(ms\) is at least 50/);
    await expectTRPCError(console.alert.create({ orgSlug, rule: { ...latencyRule(null), windowMinutes: 1 } }), "BAD_REQUEST", /window \(minutes\) is at least 5/);
    await expectTRPCError(console.alert.create({ orgSlug, rule: { ...latencyRule(null), name: " " } }), "BAD_REQUEST", /Give the rule a name/);
    await expectTRPCError(console.alert.create({ orgSlug, rule: { ...latencyRule(null), threshold: 1000.5 } }), "BAD_REQUEST", /whole number/);
    await expectTRPCError(console.alert.create({ orgSlug, rule: { kind: "seats_low", name: "Seats", threshold: 120, minIntervalMinutes: 15, emailUserIds: [] } }), "BAD_REQUEST", /at most 100/);
    await expectTRPCError(console.alert.create({ orgSlug, rule: { ...latencyRule("no-such-sku") } }), "BAD_REQUEST", /no such SKU/);
    expect(await db.alertRule.count({ where: { orgId: org.id } })).toBe(0);
  });
});

describe("the notification bell", () => {
  it("holds the events the member's role hears about, counts the unread ones, and clears them once seen", async () => {
    const { org, owner, members } = await createOrgWithMembers(["SALES", "DEVELOPER"]);
    const orgSlug = org.slug;
    const ownerConsole = callerFor(owner.id);
    const sku = await ownerConsole.sku.create({ orgSlug, ...SKU_INPUT });
    await ownerConsole.skuConfig.saveDraft({ orgSlug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
    await ownerConsole.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 1 });
    await giveBillingProfile(org.id, owner.id);
    const sales = callerFor(members.SALES!.id);
    const { orderId } = await sales.license.checkout({ orgSlug, packageId: "pkg_seats_usd", seats: 100 });
    await sales.license.completeLocalCheckout({ orgSlug, orderId, outcome: "paid" });

    const developerBell = await callerFor(members.DEVELOPER!.id).notification.list({ orgSlug });
    expect(developerBell.items.map((i) => i.type)).toEqual(["config.published"]);
    expect(developerBell.items[0]).toMatchObject({ title: `${sku.code} config version 1 is live`, path: `/skus/${sku.id}/config`, unread: true });
    expect((await sales.notification.list({ orgSlug })).items.map((i) => i.type)).toEqual(["order.paid"]);
    const ownerBell = await ownerConsole.notification.list({ orgSlug });
    expect(ownerBell.items.map((i) => i.type)).toEqual(["order.paid", "config.published"]);
    expect(ownerBell.unread).toBe(2);

    // Seen up to the newest shown: an event that arrives meanwhile stays unread.
    await ownerConsole.notification.markSeen({ orgSlug, upTo: ownerBell.items[1]!.createdAt });
    expect((await ownerConsole.notification.list({ orgSlug })).unread).toBe(1);
    await ownerConsole.notification.markSeen({ orgSlug, upTo: ownerBell.items[0]!.createdAt });
    const seen = await ownerConsole.notification.list({ orgSlug });
    expect(seen.unread).toBe(0);
    expect(seen.items.every((i) => !i.unread)).toBe(true);
    await ownerConsole.notification.markSeen({ orgSlug, upTo: ownerBell.items[1]!.createdAt }); // never moves back
    expect((await ownerConsole.notification.list({ orgSlug })).unread).toBe(0);
    expect((await sales.notification.list({ orgSlug })).unread).toBe(1); // each member's own
  });
});
