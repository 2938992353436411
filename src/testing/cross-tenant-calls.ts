/**
 * One cross-tenant call per organization-scoped procedure of the UI router, shared by the
 * tenant-isolation test (which makes each call as an outsider) and the procedure-guard
 * audit (which checks that every procedure guarded by organization membership has one).
 */
import type { callerFor, createOrgWithMembers } from "./factories";
import { BILLING_PROFILE, SKU_INPUT } from "./factories";
import { deviceKeyPair } from "./device-keys";

export type Caller = ReturnType<typeof callerFor>;
export type Victim = Awaited<ReturnType<typeof createOrgWithMembers>> & {
  keyId: string;
  invitationId: string;
  skuId: string;
  deviceId: string;
  secondDeviceId: string;
  orderId: string;
  /** the invoice of the victim's paid order */
  invoiceId: string;
  /** an open quote */
  quoteId: string;
  /** the seat term of the victim's paid annual order */
  seatTermId: string;
  /** the victim owner's saved device-list filter */
  savedFilterId: string;
  /** a staged rollout in progress on the victim's SKU */
  rolloutId: string;
  /** a webhook endpoint and one of its deliveries */
  webhookId: string;
  deliveryId: string;
  /** a latency alert rule on the victim's SKU, mailing the owner */
  alertRuleId: string;
};

/** An intruder's device key (any valid Ed25519 public key). */
export const INTRUDER_KEY = deviceKeyPair().publicKey;

const LAST_WEEK = { from: new Date(Date.now() - 7 * 86_400_000), to: new Date() };

export const ORG_PROCEDURES: Record<string, (caller: Caller, slug: string, victim: Victim) => Promise<unknown>> = {
  "organization.get": (c, orgSlug) => c.organization.get({ orgSlug }),
  "organization.update": (c, orgSlug) => c.organization.update({ orgSlug, name: "Hijacked" }),
  "organization.leave": (c, orgSlug) => c.organization.leave({ orgSlug }),
  "organization.sessionPolicy": (c, orgSlug) => c.organization.sessionPolicy({ orgSlug }),
  "organization.setSessionPolicy": (c, orgSlug) => c.organization.setSessionPolicy({ orgSlug, sessionTtlSeconds: 60 }),
  "member.list": (c, orgSlug) => c.member.list({ orgSlug }),
  "member.changeRole": (c, orgSlug, v) => c.member.changeRole({ orgSlug, membershipId: v.owner.membershipId, role: "VIEWER" }),
  "member.remove": (c, orgSlug, v) => c.member.remove({ orgSlug, membershipId: v.owner.membershipId }),
  "invitation.list": (c, orgSlug) => c.invitation.list({ orgSlug }),
  "invitation.create": (c, orgSlug) => c.invitation.create({ orgSlug, email: "intruder@example.test", role: "OWNER" }),
  "invitation.revoke": (c, orgSlug, v) => c.invitation.revoke({ orgSlug, invitationId: v.invitationId }),
  "apiKey.list": (c, orgSlug) => c.apiKey.list({ orgSlug }),
  "apiKey.create": (c, orgSlug) => c.apiKey.create({ orgSlug, name: "stolen", scopes: ["*"] }),
  "apiKey.revoke": (c, orgSlug, v) => c.apiKey.revoke({ orgSlug, apiKeyId: v.keyId }),
  "audit.list": (c, orgSlug) => c.audit.list({ orgSlug }),
  "audit.facets": (c, orgSlug) => c.audit.facets({ orgSlug }),
  "sku.list": (c, orgSlug) => c.sku.list({ orgSlug }),
  "sku.get": (c, orgSlug, v) => c.sku.get({ orgSlug, skuId: v.skuId }),
  "sku.create": (c, orgSlug) => c.sku.create({ orgSlug, ...SKU_INPUT, code: "INTRUDER" }),
  "sku.update": (c, orgSlug, v) => c.sku.update({ orgSlug, skuId: v.skuId, name: "Hijacked" }),
  "sku.setArchived": (c, orgSlug, v) => c.sku.setArchived({ orgSlug, skuId: v.skuId, archived: true }),
  "sku.delete": (c, orgSlug, v) => c.sku.delete({ orgSlug, skuId: v.skuId }),
  "device.list": (c, orgSlug) => c.device.list({ orgSlug }),
  "device.get": (c, orgSlug, v) => c.device.get({ orgSlug, deviceId: v.deviceId }),
  "device.timeline": (c, orgSlug, v) => c.device.timeline({ orgSlug, deviceId: v.deviceId }),
  "device.telemetry": (c, orgSlug, v) => c.device.telemetry({ orgSlug, deviceId: v.deviceId, window: "7d" }),
  "device.firmwareVersions": (c, orgSlug) => c.device.firmwareVersions({ orgSlug }),
  "device.checkSerials": (c, orgSlug) => c.device.checkSerials({ orgSlug, serials: ["VICTIM-1"] }),
  "device.register": (c, orgSlug, v) => c.device.register({ orgSlug, skuId: v.skuId, devices: [{ serial: "INTRUDER-1" }] }),
  "device.changeStatus": (c, orgSlug, v) => c.device.changeStatus({ orgSlug, deviceIds: [v.deviceId], action: "revoke" }),
  "device.rotateSecret": (c, orgSlug, v) => c.device.rotateSecret({ orgSlug, deviceId: v.deviceId }),
  "device.registerWithKeys": (c, orgSlug, v) =>
    c.device.registerWithKeys({ orgSlug, skuId: v.skuId, devices: [{ serial: "INTRUDER-K1", publicKey: INTRUDER_KEY }] }),
  "device.setPublicKey": (c, orgSlug, v) => c.device.setPublicKey({ orgSlug, deviceId: v.deviceId, publicKey: INTRUDER_KEY }),
  "device.revokeSessions": (c, orgSlug, v) => c.device.revokeSessions({ orgSlug, deviceId: v.deviceId }),
  "device.tags": (c, orgSlug) => c.device.tags({ orgSlug }),
  "device.setTags": (c, orgSlug, v) => c.device.setTags({ orgSlug, deviceId: v.deviceId, tags: ["hijacked"] }),
  "device.changeTags": (c, orgSlug) => c.device.changeTags({ orgSlug, filter: {}, add: ["hijacked"] }),
  "device.savedFilters": (c, orgSlug) => c.device.savedFilters({ orgSlug }),
  "device.saveFilter": (c, orgSlug) => c.device.saveFilter({ orgSlug, name: "stolen", query: "status=active" }),
  "device.deleteSavedFilter": (c, orgSlug, v) => c.device.deleteSavedFilter({ orgSlug, filterId: v.savedFilterId }),
  "license.balance": (c, orgSlug) => c.license.balance({ orgSlug }),
  "license.ledger": (c, orgSlug) => c.license.ledger({ orgSlug }),
  "license.packages": (c, orgSlug) => c.license.packages({ orgSlug }),
  "license.terms": (c, orgSlug) => c.license.terms({ orgSlug }),
  "license.renew": (c, orgSlug, v) => c.license.renew({ orgSlug, termId: v.seatTermId }),
  "license.paymentsMode": (c, orgSlug) => c.license.paymentsMode({ orgSlug }),
  "license.checkout": (c, orgSlug) => c.license.checkout({ orgSlug, packageId: "pkg_seats_usd", seats: 100 }),
  "license.orders": (c, orgSlug) => c.license.orders({ orgSlug }),
  "license.order": (c, orgSlug, v) => c.license.order({ orgSlug, orderId: v.orderId }),
  "license.invoice": (c, orgSlug, v) => c.license.invoice({ orgSlug, invoiceId: v.invoiceId }),
  "license.confirmCheckout": (c, orgSlug, v) => c.license.confirmCheckout({ orgSlug, orderId: v.orderId }),
  "license.cancelCheckout": (c, orgSlug, v) => c.license.cancelCheckout({ orgSlug, orderId: v.orderId }),
  "license.completeLocalCheckout": (c, orgSlug, v) => c.license.completeLocalCheckout({ orgSlug, orderId: v.orderId, outcome: "paid" }),
  "billing.profile": (c, orgSlug) => c.billing.profile({ orgSlug }),
  "billing.saveProfile": (c, orgSlug) => c.billing.saveProfile({ orgSlug, ...BILLING_PROFILE, legalName: "Hijacked Ltd" }),
  "billing.tax": (c, orgSlug) => c.billing.tax({ orgSlug }),
  "quote.list": (c, orgSlug) => c.quote.list({ orgSlug }),
  "quote.get": (c, orgSlug, v) => c.quote.get({ orgSlug, quoteId: v.quoteId }),
  "quote.document": (c, orgSlug, v) => c.quote.document({ orgSlug, quoteId: v.quoteId }),
  "quote.create": (c, orgSlug) => c.quote.create({ orgSlug, packageId: "pkg_seats_usd", seats: 5_000 }),
  "quote.accept": (c, orgSlug, v) => c.quote.accept({ orgSlug, quoteId: v.quoteId }),
  "quote.decline": (c, orgSlug, v) => c.quote.decline({ orgSlug, quoteId: v.quoteId }),
  "quote.withdraw": (c, orgSlug, v) => c.quote.withdraw({ orgSlug, quoteId: v.quoteId }),
  "billing.currencies": (c, orgSlug) => c.billing.currencies({ orgSlug }),
  "economics.get": (c, orgSlug) => c.economics.get({ orgSlug }),
  "economics.setPricing": (c, orgSlug) => c.economics.setPricing({ orgSlug, tokenPrice: { inputPerMillion: 1, outputPerMillion: 1 }, deviceLifetimeMonths: 1 }),
  "skuConfig.catalog": (c, orgSlug) => c.skuConfig.catalog({ orgSlug }),
  "fleet.home": (c, orgSlug) => c.fleet.home({ orgSlug }),
  "fleet.filterOptions": (c, orgSlug) => c.fleet.filterOptions({ orgSlug }),
  "fleet.latency": (c, orgSlug, v) => c.fleet.latency({ orgSlug, kind: "voice", filters: { ...LAST_WEEK, skuId: v.skuId } }),
  "fleet.stages": (c, orgSlug) => c.fleet.stages({ orgSlug, kind: "voice", filters: LAST_WEEK }),
  "fleet.distribution": (c, orgSlug) => c.fleet.distribution({ orgSlug, kind: "video", filters: LAST_WEEK }),
  "fleet.compare": (c, orgSlug) => c.fleet.compare({ orgSlug, kind: "voice", filters: LAST_WEEK, dimension: "firmware", a: "1.0.0", b: "1.1.0" }),
  "fleet.usage": (c, orgSlug) => c.fleet.usage({ orgSlug, filters: LAST_WEEK, split: "sku" }),
  "fleet.activeDevices": (c, orgSlug) => c.fleet.activeDevices({ orgSlug, filters: LAST_WEEK }),
  "fleet.utilization": (c, orgSlug) => c.fleet.utilization({ orgSlug, filters: LAST_WEEK }),
  "fleet.topDevices": (c, orgSlug) => c.fleet.topDevices({ orgSlug, filters: LAST_WEEK }),
  "skuConfig.state": (c, orgSlug, v) => c.skuConfig.state({ orgSlug, skuId: v.skuId }),
  "skuConfig.saveDraft": (c, orgSlug, v) => c.skuConfig.saveDraft({ orgSlug, skuId: v.skuId, revision: 1, lineup: { agents: [] } }),
  "skuConfig.publish": (c, orgSlug, v) => c.skuConfig.publish({ orgSlug, skuId: v.skuId, revision: 1 }),
  "skuConfig.rollback": (c, orgSlug, v) => c.skuConfig.rollback({ orgSlug, skuId: v.skuId, version: 1 }),
  "skuConfig.versions": (c, orgSlug, v) => c.skuConfig.versions({ orgSlug, skuId: v.skuId }),
  "skuConfig.version": (c, orgSlug, v) => c.skuConfig.version({ orgSlug, skuId: v.skuId, version: 1 }),
  "skuConfig.diff": (c, orgSlug, v) => c.skuConfig.diff({ orgSlug, skuId: v.skuId, from: 1, to: 1 }),
  "rollout.active": (c, orgSlug, v) => c.rollout.active({ orgSlug, skuId: v.skuId }),
  "rollout.list": (c, orgSlug, v) => c.rollout.list({ orgSlug, skuId: v.skuId }),
  "rollout.promote": (c, orgSlug, v) => c.rollout.promote({ orgSlug, rolloutId: v.rolloutId }),
  "rollout.pause": (c, orgSlug, v) => c.rollout.pause({ orgSlug, rolloutId: v.rolloutId }),
  "rollout.resume": (c, orgSlug, v) => c.rollout.resume({ orgSlug, rolloutId: v.rolloutId }),
  "rollout.abort": (c, orgSlug, v) => c.rollout.abort({ orgSlug, rolloutId: v.rolloutId, reason: "intruder" }),
  "webhook.list": (c, orgSlug) => c.webhook.list({ orgSlug }),
  "webhook.create": (c, orgSlug) => c.webhook.create({ orgSlug, url: "https://intruder.example.com/hook", events: ["device.revoked"] }),
  "webhook.setEnabled": (c, orgSlug, v) => c.webhook.setEnabled({ orgSlug, id: v.webhookId, enabled: false }),
  "webhook.rotateSecret": (c, orgSlug, v) => c.webhook.rotateSecret({ orgSlug, id: v.webhookId }),
  "webhook.sendTest": (c, orgSlug, v) => c.webhook.sendTest({ orgSlug, id: v.webhookId }),
  "webhook.delete": (c, orgSlug, v) => c.webhook.delete({ orgSlug, id: v.webhookId }),
  "webhook.deliveries": (c, orgSlug, v) => c.webhook.deliveries({ orgSlug, endpointId: v.webhookId }),
  "webhook.redeliver": (c, orgSlug, v) => c.webhook.redeliver({ orgSlug, id: v.deliveryId }),
  "alert.list": (c, orgSlug) => c.alert.list({ orgSlug }),
  "alert.history": (c, orgSlug, v) => c.alert.history({ orgSlug, ruleId: v.alertRuleId }),
  "alert.create": (c, orgSlug) => c.alert.create({ orgSlug, rule: { kind: "seats_low", name: "Intruder", threshold: 50, minIntervalMinutes: 15, emailUserIds: [] } }),
  "alert.update": (c, orgSlug, v) => c.alert.update({ orgSlug, id: v.alertRuleId, rule: { kind: "seats_low", name: "Hijacked", threshold: 50, minIntervalMinutes: 15, emailUserIds: [] } }),
  "alert.setEnabled": (c, orgSlug, v) => c.alert.setEnabled({ orgSlug, id: v.alertRuleId, enabled: false }),
  "alert.delete": (c, orgSlug, v) => c.alert.delete({ orgSlug, id: v.alertRuleId }),
  "notification.list": (c, orgSlug) => c.notification.list({ orgSlug }),
  "notification.markSeen": (c, orgSlug) => c.notification.markSeen({ orgSlug, upTo: new Date() }),
  "license.transferSeat": (c, orgSlug, v) =>
    c.license.transferSeat({ orgSlug, fromDeviceId: v.deviceId, toDeviceId: v.secondDeviceId, reason: "RMA intrusion" }),
};

