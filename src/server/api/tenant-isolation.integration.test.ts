/**
 * Tenant isolation: every organization-scoped procedure of the UI router refuses a
 * signed-out caller and a member of another organization, and leaks nothing. The table
 * below must name every procedure that takes `orgSlug`: a new one without an entry fails.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { appRouter } from "./root";
import { INTRUDER_KEY, ORG_PROCEDURES, type Victim } from "@/testing/cross-tenant-calls";
import { BILLING_PROFILE, callerFor, createKey, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";

/** Procedures whose input includes `orgSlug`, read from the router itself. */
function orgScopedProcedureNames(): string[] {
  return Object.entries(appRouter._def.procedures)
    .filter(([, procedure]) => {
      const inputs = (procedure as unknown as { _def: { inputs: { shape?: Record<string, unknown> }[] } })._def.inputs;
      return inputs.some((input) => input.shape && "orgSlug" in input.shape);
    })
    .map(([name]) => name)
    .sort();
}

describe("tenant isolation of the UI router", () => {
  let victim: Victim;
  let outsider: Awaited<ReturnType<typeof createOrgWithMembers>>;
  let snapshot: () => Promise<unknown>;

  beforeAll(async () => {
    const base = await createOrgWithMembers(["VIEWER"]);
    const key = await createKey(base.org.id, ["licenses:read"]);
    const invitation = await callerFor(base.owner.id).invitation.create({ orgSlug: base.org.slug, email: "pending@example.test", role: "DEVELOPER" });
    const sku = await callerFor(base.owner.id).sku.create({ orgSlug: base.org.slug, ...SKU_INPUT, code: "VICTIM" });
    const registered = await callerFor(base.owner.id).device.register({
      orgSlug: base.org.slug,
      skuId: sku.id,
      devices: [{ serial: "VICTIM-1" }, { serial: "VICTIM-2" }],
    });
    await callerFor(base.owner.id).skuConfig.saveDraft({ orgSlug: base.org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
    await callerFor(base.owner.id).skuConfig.publish({ orgSlug: base.org.slug, skuId: sku.id, revision: 1 });
    await callerFor(base.owner.id).skuConfig.saveDraft({ orgSlug: base.org.slug, skuId: sku.id, revision: 1, lineup: { agents: [{ agentId: "kids-companion" }] } });
    const staged = await callerFor(base.owner.id).skuConfig.publish({ orgSlug: base.org.slug, skuId: sku.id, revision: 2, rollout: { steps: [5, 100], stepMinutes: 60 } });
    await callerFor(base.owner.id).billing.saveProfile({ orgSlug: base.org.slug, ...BILLING_PROFILE });
    const order = await callerFor(base.owner.id).license.checkout({ orgSlug: base.org.slug, packageId: "pkg_seats_usd", seats: 100 });
    const paid = await callerFor(base.owner.id).license.completeLocalCheckout({ orgSlug: base.org.slug, orderId: order.orderId, outcome: "paid" });
    const annual = await callerFor(base.owner.id).license.checkout({ orgSlug: base.org.slug, packageId: "pkg_annual_usd", seats: 100 });
    await callerFor(base.owner.id).license.completeLocalCheckout({ orgSlug: base.org.slug, orderId: annual.orderId, outcome: "paid" });
    const seatTerm = await db.seatTerm.findUniqueOrThrow({ where: { orderId: annual.orderId }, select: { id: true } });
    const quote = await callerFor(base.owner.id).quote.create({ orgSlug: base.org.slug, packageId: "pkg_seats_usd", seats: 20_000 });
    await callerFor(base.owner.id).device.setTags({ orgSlug: base.org.slug, deviceId: registered.devices[0]!.id, tags: ["victim-tag"] });
    const webhook = await callerFor(base.owner.id).webhook.create({ orgSlug: base.org.slug, url: "https://victim.example.com/hook", events: ["device.revoked"] });
    await callerFor(base.owner.id).webhook.sendTest({ orgSlug: base.org.slug, id: webhook.id });
    // Settled at once: no worker of another test file should try to reach the victim's receiver.
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: webhook.id }, select: { id: true } });
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "delivered", nextAttemptAt: null } });
    const alertRule = await callerFor(base.owner.id).alert.create({
      orgSlug: base.org.slug,
      rule: { kind: "slo_breach", name: "Victim p95", skuId: sku.id, interactionKind: "voice", threshold: 1000, windowMinutes: 10, minSample: 20, minIntervalMinutes: 15, emailUserIds: [base.owner.id] },
    });
    const savedFilter = await callerFor(base.owner.id).device.saveFilter({ orgSlug: base.org.slug, name: "Victim view", query: "tags=victim-tag" });
    victim = {
      ...base,
      keyId: key.id,
      invitationId: invitation.id,
      skuId: sku.id,
      deviceId: registered.devices[0]!.id,
      secondDeviceId: registered.devices[1]!.id,
      orderId: order.orderId,
      invoiceId: paid.invoices[0]!.id,
      quoteId: quote.id,
      seatTermId: seatTerm.id,
      savedFilterId: savedFilter.id,
      rolloutId: staged.rolloutId!,
      webhookId: webhook.id,
      deliveryId: delivery.id,
      alertRuleId: alertRule.id,
    };
    outsider = await createOrgWithMembers();
    snapshot = async () => ({
      org: await db.organization.findUnique({ where: { id: victim.org.id } }),
      members: await db.membership.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      keys: await db.apiKey.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      invitations: await db.invitation.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      skus: await db.sku.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      devices: await db.device.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      audit: await db.auditLog.count({ where: { orgId: victim.org.id } }),
      ledger: await db.licenseLedgerEntry.count({ where: { orgId: victim.org.id } }),
      pool: await db.licensePool.findUnique({ where: { orgId: victim.org.id } }),
      orders: await db.order.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      quotes: await db.quote.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      seatTerms: await db.seatTerm.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      drafts: await db.skuConfigDraft.findMany({ where: { orgId: victim.org.id } }),
      versions: await db.skuConfigVersion.count({ where: { orgId: victim.org.id } }),
      savedFilters: await db.savedDeviceFilter.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      rollouts: await db.rollout.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      webhooks: await db.webhookEndpoint.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      deliveries: await db.webhookDelivery.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      alertRules: await db.alertRule.findMany({ where: { orgId: victim.org.id }, orderBy: { id: "asc" } }),
      billingProfile: await db.billingProfile.findUnique({ where: { orgId: victim.org.id } }),
      economics: await db.economicsSettings.findUnique({ where: { orgId: victim.org.id } }),
    });
  });

  it("covers every organization-scoped procedure", () => {
    expect(orgScopedProcedureNames()).toEqual(Object.keys(ORG_PROCEDURES).sort());
  });

  for (const [name, call] of Object.entries(ORG_PROCEDURES)) {
    it(`${name}: signed out → UNAUTHORIZED, other org's owner → NOT_FOUND, nothing changes`, async () => {
      const before = await snapshot();
      await expectTRPCError(call(callerFor(null), victim.org.slug, victim), "UNAUTHORIZED");
      await expectTRPCError(call(callerFor(outsider.owner.id), victim.org.slug, victim), "NOT_FOUND", /Organization not found/);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("an outsider acting on their own org cannot reach the victim's rows by id", async () => {
    const before = await snapshot();
    const own = callerFor(outsider.owner.id);
    const slug = outsider.org.slug;
    await expectTRPCError(own.member.changeRole({ orgSlug: slug, membershipId: victim.owner.membershipId, role: "VIEWER" }), "NOT_FOUND");
    await expectTRPCError(own.member.remove({ orgSlug: slug, membershipId: victim.members.VIEWER!.membershipId }), "NOT_FOUND");
    await expectTRPCError(own.apiKey.revoke({ orgSlug: slug, apiKeyId: victim.keyId }), "NOT_FOUND");
    await expectTRPCError(own.invitation.revoke({ orgSlug: slug, invitationId: victim.invitationId }), "NOT_FOUND");
    await expectTRPCError(own.sku.get({ orgSlug: slug, skuId: victim.skuId }), "NOT_FOUND");
    await expectTRPCError(own.sku.update({ orgSlug: slug, skuId: victim.skuId, name: "x" }), "NOT_FOUND");
    await expectTRPCError(own.device.get({ orgSlug: slug, deviceId: victim.deviceId }), "NOT_FOUND");
    await expectTRPCError(own.device.changeStatus({ orgSlug: slug, deviceIds: [victim.deviceId], action: "suspend" }), "NOT_FOUND");
    await expectTRPCError(own.device.rotateSecret({ orgSlug: slug, deviceId: victim.deviceId }), "NOT_FOUND");
    await expectTRPCError(own.device.setPublicKey({ orgSlug: slug, deviceId: victim.deviceId, publicKey: INTRUDER_KEY }), "NOT_FOUND");
    await expectTRPCError(own.device.registerWithKeys({ orgSlug: slug, skuId: victim.skuId, devices: [{ serial: "X-K1", publicKey: INTRUDER_KEY }] }), "NOT_FOUND");
    await expectTRPCError(own.device.revokeSessions({ orgSlug: slug, deviceId: victim.deviceId }), "NOT_FOUND");
    await expectTRPCError(own.device.register({ orgSlug: slug, skuId: victim.skuId, devices: [{ serial: "X-1" }] }), "NOT_FOUND");
    await expectTRPCError(own.license.order({ orgSlug: slug, orderId: victim.orderId }), "NOT_FOUND");
    await expectTRPCError(own.license.invoice({ orgSlug: slug, invoiceId: victim.invoiceId }), "NOT_FOUND");
    await expectTRPCError(own.quote.get({ orgSlug: slug, quoteId: victim.quoteId }), "NOT_FOUND");
    await expectTRPCError(own.quote.accept({ orgSlug: slug, quoteId: victim.quoteId }), "NOT_FOUND");
    await expectTRPCError(own.quote.withdraw({ orgSlug: slug, quoteId: victim.quoteId }), "NOT_FOUND");
    await expectTRPCError(own.license.renew({ orgSlug: slug, termId: victim.seatTermId }), "NOT_FOUND");
    await expectTRPCError(own.license.confirmCheckout({ orgSlug: slug, orderId: victim.orderId }), "NOT_FOUND");
    await expectTRPCError(own.license.completeLocalCheckout({ orgSlug: slug, orderId: victim.orderId, outcome: "paid" }), "NOT_FOUND");
    await expectTRPCError(
      own.license.transferSeat({ orgSlug: slug, fromDeviceId: victim.deviceId, toDeviceId: victim.secondDeviceId, reason: "RMA intrusion" }),
      "NOT_FOUND",
    );
    expect((await own.license.orders({ orgSlug: slug })).total).toBe(0);
    expect((await own.license.terms({ orgSlug: slug })).total).toBe(0);
    await expectTRPCError(own.skuConfig.state({ orgSlug: slug, skuId: victim.skuId }), "NOT_FOUND");
    await expectTRPCError(own.skuConfig.saveDraft({ orgSlug: slug, skuId: victim.skuId, revision: 1, lineup: { agents: [] } }), "NOT_FOUND");
    await expectTRPCError(own.skuConfig.publish({ orgSlug: slug, skuId: victim.skuId, revision: 1 }), "NOT_FOUND");
    await expectTRPCError(own.skuConfig.rollback({ orgSlug: slug, skuId: victim.skuId, version: 1 }), "NOT_FOUND");
    await expectTRPCError(own.skuConfig.version({ orgSlug: slug, skuId: victim.skuId, version: 1 }), "NOT_FOUND");
    await expectTRPCError(own.skuConfig.diff({ orgSlug: slug, skuId: victim.skuId, from: 1, to: 1 }), "NOT_FOUND");
    await expectTRPCError(own.skuConfig.versions({ orgSlug: slug, skuId: victim.skuId }), "NOT_FOUND");
    await expectTRPCError(own.rollout.active({ orgSlug: slug, skuId: victim.skuId }), "NOT_FOUND");
    await expectTRPCError(own.rollout.list({ orgSlug: slug, skuId: victim.skuId }), "NOT_FOUND");
    for (const change of ["promote", "pause", "resume", "abort"] as const) {
      await expectTRPCError(own.rollout[change]({ orgSlug: slug, rolloutId: victim.rolloutId }), "NOT_FOUND");
    }
    expect(await own.webhook.list({ orgSlug: slug })).toEqual([]);
    for (const change of ["rotateSecret", "sendTest", "delete"] as const) {
      await expectTRPCError(own.webhook[change]({ orgSlug: slug, id: victim.webhookId }), "NOT_FOUND");
    }
    await expectTRPCError(own.webhook.setEnabled({ orgSlug: slug, id: victim.webhookId, enabled: false }), "NOT_FOUND");
    await expectTRPCError(own.webhook.deliveries({ orgSlug: slug, endpointId: victim.webhookId }), "NOT_FOUND");
    await expectTRPCError(own.webhook.redeliver({ orgSlug: slug, id: victim.deliveryId }), "NOT_FOUND");
    expect(await own.alert.list({ orgSlug: slug })).toEqual([]);
    await expectTRPCError(own.alert.history({ orgSlug: slug, ruleId: victim.alertRuleId }), "NOT_FOUND");
    await expectTRPCError(own.alert.setEnabled({ orgSlug: slug, id: victim.alertRuleId, enabled: false }), "NOT_FOUND");
    await expectTRPCError(own.alert.delete({ orgSlug: slug, id: victim.alertRuleId }), "NOT_FOUND");
    const seatsRule = { kind: "seats_low" as const, name: "x", threshold: 50, minIntervalMinutes: 15, emailUserIds: [] };
    await expectTRPCError(own.alert.update({ orgSlug: slug, id: victim.alertRuleId, rule: seatsRule }), "NOT_FOUND");
    // Another organization's SKU and members cannot be named in one's own rules.
    const latencyRule = { kind: "slo_breach" as const, name: "x", skuId: victim.skuId, interactionKind: "voice" as const, threshold: 1000, windowMinutes: 10, minSample: 20, minIntervalMinutes: 15, emailUserIds: [] };
    await expectTRPCError(own.alert.create({ orgSlug: slug, rule: latencyRule }), "BAD_REQUEST", /no such SKU/);
    await expectTRPCError(own.alert.create({ orgSlug: slug, rule: { ...seatsRule, emailUserIds: [victim.owner.id] } }), "BAD_REQUEST", /must be a member/);
    expect(await own.alert.list({ orgSlug: slug })).toEqual([]);
    // The bell reads the member's own organization only: the victim's owner sees the victim's publishes, the outsider nothing.
    expect((await callerFor(victim.owner.id).notification.list({ orgSlug: victim.org.slug })).items.map((item) => item.title)).toContain("VICTIM config version 1 is live");
    expect(await own.notification.list({ orgSlug: slug })).toEqual({ items: [], unread: 0 });
    expect((await own.device.list({ orgSlug: slug, search: "VICTIM" })).total).toBe(0);
    expect((await own.device.list({ orgSlug: slug, tags: ["victim-tag"] })).total).toBe(0);
    expect(await own.device.tags({ orgSlug: slug })).toEqual([]);
    await expectTRPCError(own.device.setTags({ orgSlug: slug, deviceId: victim.deviceId, tags: ["x"] }), "NOT_FOUND");
    await expectTRPCError(own.device.changeTags({ orgSlug: slug, deviceIds: [victim.deviceId], add: ["x"] }), "NOT_FOUND");
    // "All matching the filter" in one's own org never reaches another org's devices.
    expect(await own.device.changeTags({ orgSlug: slug, filter: { tags: ["victim-tag"] }, add: ["x"] })).toEqual({ matched: 0, added: 0, removed: 0 });
    await expectTRPCError(own.device.deleteSavedFilter({ orgSlug: slug, filterId: victim.savedFilterId }), "NOT_FOUND");
    expect(await own.device.savedFilters({ orgSlug: slug })).toEqual([]);
    // Saved filters are personal: another member of the same org sees none of the owner's.
    expect(await callerFor(victim.members.VIEWER!.id).device.savedFilters({ orgSlug: victim.org.slug })).toEqual([]);
    await expectTRPCError(callerFor(victim.members.VIEWER!.id).device.deleteSavedFilter({ orgSlug: victim.org.slug, filterId: victim.savedFilterId }), "NOT_FOUND");
    expect(await own.device.checkSerials({ orgSlug: slug, serials: ["VICTIM-1"] })).toEqual({ existing: [] });
    expect(await own.apiKey.list({ orgSlug: slug })).toEqual([]);
    const audit = await own.audit.list({ orgSlug: slug });
    expect(audit.entries.every((entry) => entry.targetId !== victim.org.id)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("organization.mine lists only the caller's organizations", async () => {
    const mine = await callerFor(outsider.owner.id).organization.mine();
    expect(mine.map((org) => org.slug)).toEqual([outsider.org.slug]);
  });
});
