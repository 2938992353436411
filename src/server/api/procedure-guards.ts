/**
 * The access rule of every procedure Anima serves, written down once. The guard audit
 * (procedure-guards.integration.test.ts) checks this table against the routers: a new
 * procedure missing here fails CI until someone decides who may call it, and a procedure
 * whose guard no longer matches its row fails too.
 */
import type { ApiScope, Permission } from "@/shared/permissions";

export type Guard =
  /** anyone, signed in or not */
  | { kind: "public" }
  /** any signed-in user */
  | { kind: "session" }
  /** a signed-in user whose email is proven */
  | { kind: "verified" }
  /** Anima staff only */
  | { kind: "operator" }
  /** a member of the organization in `orgSlug` whose role holds the permission */
  | { kind: "org"; permission: Permission }
  /** an API key holding the scope (null: any valid key) */
  | { kind: "apiKey"; scope: ApiScope | null }
  /** a device presenting its credentials in the input (boot) — no header needed */
  | { kind: "device" }
  /** a device presenting a valid session token */
  | { kind: "deviceSession" };

const PUBLIC: Guard = { kind: "public" };
const SESSION: Guard = { kind: "session" };
const VERIFIED: Guard = { kind: "verified" };
const OPERATOR: Guard = { kind: "operator" };
const org = (permission: Permission): Guard => ({ kind: "org", permission });
const apiKey = (scope: ApiScope | null): Guard => ({ kind: "apiKey", scope });

/** The console UI router (src/server/api/root.ts). */
export const UI_GUARDS: Record<string, Guard> = {
  "account.signUp": PUBLIC,
  "account.linkPreview": PUBLIC,
  "account.completePasswordSetup": PUBLIC,
  "account.verifyEmail": PUBLIC,
  "account.requestPasswordReset": PUBLIC,
  "account.resendVerification": SESSION,
  "account.changePassword": SESSION,
  "account.signOutEverywhere": SESSION,
  "account.me": SESSION,
  "account.setLocale": SESSION,
  "invitation.preview": PUBLIC,
  "invitation.accept": SESSION,
  "invitation.acceptWithPassword": PUBLIC,
  "organization.mine": SESSION,
  "organization.create": VERIFIED,
  "organization.get": org("org:read"),
  "organization.update": org("org:manage"),
  "organization.sessionPolicy": org("org:read"),
  "organization.setSessionPolicy": org("org:manage"),
  "organization.leave": org("org:read"),
  "member.list": org("org:read"),
  "member.changeRole": org("members:manage"),
  "member.remove": org("members:manage"),
  "invitation.list": org("members:manage"),
  "invitation.create": org("members:manage"),
  "invitation.revoke": org("members:manage"),
  "apiKey.list": org("apikeys:manage"),
  "apiKey.create": org("apikeys:manage"),
  "apiKey.revoke": org("apikeys:manage"),
  "audit.list": org("audit:read"),
  "audit.facets": org("audit:read"),
  "sku.list": org("org:read"),
  "sku.get": org("org:read"),
  "sku.create": org("skus:write"),
  "sku.update": org("skus:write"),
  "sku.setArchived": org("skus:write"),
  "sku.delete": org("skus:write"),
  "skuConfig.catalog": org("org:read"),
  "skuConfig.state": org("org:read"),
  "skuConfig.saveDraft": org("skus:write"),
  "skuConfig.publish": org("skus:write"),
  "skuConfig.rollback": org("skus:write"),
  "skuConfig.versions": org("org:read"),
  "skuConfig.version": org("org:read"),
  "skuConfig.diff": org("org:read"),
  "rollout.active": org("org:read"),
  "rollout.list": org("org:read"),
  "rollout.promote": org("skus:write"),
  "rollout.pause": org("skus:write"),
  "rollout.resume": org("skus:write"),
  "rollout.abort": org("skus:write"),
  "webhook.list": org("webhooks:manage"),
  "webhook.create": org("webhooks:manage"),
  "webhook.setEnabled": org("webhooks:manage"),
  "webhook.rotateSecret": org("webhooks:manage"),
  "webhook.sendTest": org("webhooks:manage"),
  "webhook.delete": org("webhooks:manage"),
  "webhook.deliveries": org("webhooks:manage"),
  "webhook.redeliver": org("webhooks:manage"),
  "alert.list": org("org:read"),
  "alert.history": org("org:read"),
  "alert.create": org("alerts:manage"),
  "alert.update": org("alerts:manage"),
  "alert.setEnabled": org("alerts:manage"),
  "alert.delete": org("alerts:manage"),
  "notification.list": org("org:read"),
  "notification.markSeen": org("org:read"),
  "device.list": org("org:read"),
  "device.get": org("org:read"),
  "device.timeline": org("org:read"),
  "device.telemetry": org("org:read"),
  "device.firmwareVersions": org("org:read"),
  "device.checkSerials": org("devices:write"),
  "device.register": org("devices:write"),
  "device.changeStatus": org("devices:write"),
  "device.rotateSecret": org("devices:write"),
  "device.registerWithKeys": org("devices:write"),
  "device.setPublicKey": org("devices:write"),
  "device.revokeSessions": org("devices:write"),
  "device.tags": org("org:read"),
  "device.setTags": org("devices:write"),
  "device.changeTags": org("devices:write"),
  "device.savedFilters": org("org:read"),
  "device.saveFilter": org("org:read"),
  "device.deleteSavedFilter": org("org:read"),
  "license.balance": org("org:read"),
  "license.ledger": org("org:read"),
  "license.packages": org("org:read"),
  "license.terms": org("org:read"),
  "license.renew": org("licenses:buy"),
  "license.paymentsMode": org("org:read"),
  "license.checkout": org("licenses:buy"),
  "license.orders": org("licenses:buy"),
  "license.order": org("licenses:buy"),
  "license.invoice": org("licenses:buy"),
  "license.confirmCheckout": org("licenses:buy"),
  "license.cancelCheckout": org("licenses:buy"),
  "license.completeLocalCheckout": org("licenses:buy"),
  "license.transferSeat": org("devices:write"),
  "billing.profile": org("licenses:buy"),
  "billing.saveProfile": org("licenses:buy"),
  "billing.tax": org("licenses:buy"),
  "quote.list": org("licenses:buy"),
  "quote.get": org("licenses:buy"),
  "quote.document": org("licenses:buy"),
  "quote.create": org("licenses:buy"),
  "quote.accept": org("licenses:buy"),
  "quote.decline": org("licenses:buy"),
  "quote.withdraw": org("licenses:buy"),
  "economics.get": org("licenses:buy"),
  "economics.setPricing": org("licenses:buy"),
  "billing.currencies": org("licenses:buy"),
  "fleet.home": org("org:read"),
  "fleet.filterOptions": org("org:read"),
  "fleet.latency": org("org:read"),
  "fleet.stages": org("org:read"),
  "fleet.distribution": org("org:read"),
  "fleet.compare": org("org:read"),
  "fleet.usage": org("org:read"),
  "fleet.activeDevices": org("org:read"),
  "fleet.utilization": org("org:read"),
  "fleet.topDevices": org("org:read"),
  "operator.packages": OPERATOR,
  "operator.taxRates": OPERATOR,
  "operator.setTaxRate": OPERATOR,
  "operator.removeTaxRate": OPERATOR,
  "operator.tokenPrices": OPERATOR,
  "operator.setTokenPrice": OPERATOR,
  "operator.awaitingTransfer": OPERATOR,
  "operator.recordBankTransfer": OPERATOR,
  "operator.setSeatsBeforePayment": OPERATOR,
  "operator.createPackage": OPERATOR,
  "operator.updatePackage": OPERATOR,
  "operator.organizations": OPERATOR,
  "operator.grantSeats": OPERATOR,
  "operator.catalog": OPERATOR,
  "operator.setCatalogItemDisabled": OPERATOR,
  "operator.setOverage": OPERATOR,
  "operator.suspendOrganization": OPERATOR,
  "operator.resumeOrganization": OPERATOR,
  "operator.openOrgView": OPERATOR,
  "operator.endOrgView": OPERATOR,
};

/** The manufacturer API (/api/v1). */
export const API_V1_GUARDS: Record<string, Guard> = {
  me: apiKey(null),
  "catalog.list": apiKey(null),
  "skus.create": apiKey("skus:write"),
  "skus.list": apiKey(null),
  "skus.publishConfig": apiKey("skus:write"),
  "devices.register": apiKey("devices:write"),
  "devices.setStatus": apiKey("devices:write"),
  "devices.revokeSessions": apiKey("devices:write"),
  "devices.list": apiKey("devices:write"),
  "devices.setTags": apiKey("devices:write"),
  "devices.addTags": apiKey("devices:write"),
  "devices.removeTags": apiKey("devices:write"),
  "licenses.balance": apiKey("licenses:read"),
  "orders.list": apiKey("licenses:read"),
  "orders.invoice": apiKey("licenses:read"),
  "rollouts.get": apiKey(null),
  "rollouts.list": apiKey(null),
  "rollouts.promote": apiKey("skus:write"),
  "rollouts.pause": apiKey("skus:write"),
  "rollouts.resume": apiKey("skus:write"),
  "rollouts.abort": apiKey("skus:write"),
  "webhooks.create": apiKey("webhooks:write"),
  "webhooks.list": apiKey("webhooks:write"),
  "webhooks.delete": apiKey("webhooks:write"),
  "webhooks.rotateSecret": apiKey("webhooks:write"),
  "webhooks.sendTest": apiKey("webhooks:write"),
};

/** The device API on the gateway (/trpc). */
export const DEVICE_GUARDS: Record<string, Guard> = {
  "gateway.echo": { kind: "device" },
  "device.boot": { kind: "device" },
  "device.refresh": { kind: "deviceSession" },
  "device.config": { kind: "deviceSession" },
  "device.reportTelemetry": { kind: "deviceSession" },
};
