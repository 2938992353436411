/**
 * Output schemas of the console UI router. Responses are explicit DTOs: `.output()`
 * strips anything a module might add by mistake (a hash, a token), never passes it on.
 */
import { z } from "zod";
import { DEVICE_STATUSES } from "@/shared/device-schemas";
import { ROLES } from "@/shared/permissions";
import { SKU_KINDS } from "@/shared/sku-schemas";

const ZRole = z.enum(ROLES);

export const ZOrgDto = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export const ZOrgWithRoleDto = ZOrgDto.extend({ role: ZRole });

export const ZMemberDto = z.object({
  id: z.string(),
  role: ZRole,
  joinedAt: z.date(),
  userId: z.string(),
  name: z.string().nullable(),
  email: z.string(),
  emailVerified: z.boolean(),
});

export const ZRoleChangeDto = z.object({ id: z.string(), role: ZRole });

export const ZPendingInvitationDto = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  createdAt: z.date(),
  expiresAt: z.date(),
  expired: z.boolean(),
  invitedBy: z.string(),
});

export const ZCreatedInvitationDto = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  expiresAt: z.date(),
  /** the invite link, shown to the inviter once */
  link: z.string(),
  emailed: z.boolean(),
});

export const ZInvitationPreviewDto = z.object({
  orgName: z.string(),
  orgSlug: z.string(),
  email: z.string(),
  role: ZRole,
  invitedBy: z.string(),
  expiresAt: z.date(),
  status: z.enum(["pending", "accepted", "revoked", "expired"]),
  /** the invited address's account: none yet, one that never proved the address, or a verified one (sign in) */
  account: z.enum(["none", "unverified", "verified"]),
});

export const ZAcceptedInvitationDto = z.object({ orgSlug: z.string(), role: ZRole });
export const ZAcceptedWithPasswordDto = ZAcceptedInvitationDto.extend({ email: z.string() });

export const ZApiKeyDto = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdBy: z.string(),
  /** what the key may still do: the scopes its creator's current role holds */
  effectiveScopes: z.array(z.string()),
  /** set when that is less than the key was given; `creatorRole` null: the creator left or was deleted */
  limitedBy: z.object({ creatorRole: ZRole.nullable() }).nullable(),
});

export const ZCreatedApiKeyDto = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  /** the full key, returned by `create` only */
  key: z.string(),
});

export const ZAuditPageDto = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      targetType: z.string(),
      targetId: z.string().nullable(),
      metadata: z.record(z.string(), z.unknown()),
      createdAt: z.date(),
      actor: z.object({ type: z.enum(["user", "apiKey", "system"]), id: z.string().nullable(), name: z.string() }),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZAuditFacetsDto = z.object({
  actions: z.array(z.string()),
  actors: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const ZSessionUserDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  isOperator: z.boolean(),
  emailVerified: z.boolean(),
});

/** How an account email (verification, reset) went out; see account-mail.ts. */
export const ZAccountMailDto = z.object({ delivery: z.enum(["sent", "printed", "unavailable", "failed"]), linkTtlHours: z.number() });

export const ZAccountLinkPreviewDto = z.object({
  purpose: z.enum(["SETUP", "RESET", "VERIFY_EMAIL"]),
  email: z.string(),
  status: z.enum(["valid", "used", "revoked", "expired"]),
});

// ── SKUs and devices ─────────────────────────────────────────────────────────

export const ZSkuDto = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  kind: z.enum(SKU_KINDS),
  capabilities: z.object({ camera: z.boolean(), mic: z.boolean(), speaker: z.boolean(), screen: z.boolean() }),
  hardwareRevision: z.string().nullable(),
  defaultLanguage: z.string(),
  notes: z.string().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const ZDeviceCounts = z.object({
  provisioned: z.number().int(),
  active: z.number().int(),
  suspended: z.number().int(),
  revoked: z.number().int(),
  total: z.number().int(),
});
export const ZSkuWithCountsDto = ZSkuDto.extend({ deviceCounts: ZDeviceCounts });

const ZDeviceStatus = z.enum(DEVICE_STATUSES);

export const ZDeviceDto = z.object({
  id: z.string(),
  serial: z.string(),
  label: z.string().nullable(),
  batch: z.string().nullable(),
  status: ZDeviceStatus,
  firmware: z.string().nullable(),
  activatedAt: z.date().nullable(),
  /** when the device came to hold a license seat (first activation or RMA transfer) */
  licensedAt: z.date().nullable(),
  lastSeenAt: z.date().nullable(),
  createdAt: z.date(),
  skuId: z.string(),
  sku: z.object({ code: z.string(), name: z.string() }),
});

export const ZDevicePageDto = z.object({
  items: z.array(ZDeviceDto),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const ZDeviceRef = z.object({ id: z.string(), serial: z.string() });

export const ZDeviceDetailDto = ZDeviceDto.extend({
  secretRotatedAt: z.date().nullable(),
  /** key mode: the device's Ed25519 public key; null for a device with a secret */
  publicKey: z.string().nullable(),
  /** the device that took over this one's seat in an RMA transfer */
  replacedBy: ZDeviceRef.nullable(),
  /** the device whose seat this one took over in an RMA transfer */
  replacementFor: ZDeviceRef.nullable(),
  updatedAt: z.date(),
  history: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      metadata: z.record(z.string(), z.unknown()),
      createdAt: z.date(),
      actor: z.string(),
    }),
  ),
});

/** Registration result: the only response that ever carries device secrets. */
export const ZRegisteredDevicesDto = z.object({
  devices: z.array(
    z.object({ id: z.string(), serial: z.string(), secret: z.string(), label: z.string().nullable(), batch: z.string().nullable() }),
  ),
});

/** Key-mode devices: no secret exists; the public key they were registered with is echoed. */
export const ZRegisteredKeyedDevicesDto = z.object({
  devices: z.array(z.object({ id: z.string(), serial: z.string(), publicKey: z.string(), label: z.string().nullable(), batch: z.string().nullable() })),
});

/** A device switched to (or kept in) key mode with a new public key. */
export const ZDevicePublicKeyDto = z.object({ deviceId: z.string(), publicKey: z.string(), fingerprint: z.string() });

export const ZStatusChangeDto = z.object({
  changed: z.array(z.object({ id: z.string(), from: ZDeviceStatus, to: ZDeviceStatus })),
  unchanged: z.array(z.object({ id: z.string(), status: ZDeviceStatus })),
});

/** "Revoke all sessions": tokens below this version are refused from now on. */
export const ZRevokedSessionsDto = z.object({ deviceId: z.string(), tokenVersion: z.number().int() });

/** An organization's emergency suspension by an operator. */
export const ZOrgSuspensionDto = z.object({
  orgId: z.string(),
  suspended: z.boolean(),
  suspendedAt: z.date().nullable(),
  suspendedReason: z.string().nullable(),
});

// ── licenses ────────────────────────────────────────────────────────────────

export const ZBalanceDto = z.object({
  seatsTotal: z.number().int(),
  seatsUsed: z.number().int(),
  seatsAvailable: z.number().int(),
  overageAvailable: z.number().int(),
  overagePercent: z.number().int(),
  /** more seats in use than allowed, overage included (after a refund): no new activations until seats are added */
  overLimit: z.boolean(),
  /** seats moved between devices by RMA transfers */
  transfers: z.number().int(),
});

export const ZLedgerPageDto = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["purchase", "grant", "activation", "refund", "rma_transfer", "adjustment"]),
      totalDelta: z.number().int(),
      usedDelta: z.number().int(),
      reason: z.string().nullable(),
      orderId: z.string().nullable(),
      deviceId: z.string().nullable(),
      deviceSerial: z.string().nullable(),
      fromDeviceId: z.string().nullable(),
      fromDeviceSerial: z.string().nullable(),
      createdAt: z.date(),
      actor: z.string(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZLicensePackageDto = z.object({
  id: z.string(),
  name: z.string(),
  seats: z.number().int(),
  /** per seat, in the currency's minor unit */
  unitAmount: z.number().int(),
  /** seats × unitAmount */
  packageAmount: z.number().int(),
  currency: z.string(),
  termMonths: z.number().int().nullable(),
});

export const ZOrderStatus = z.enum(["pending", "paid", "failed", "expired", "refunded", "partially_refunded"]);

export const ZOrderDto = z.object({
  id: z.string(),
  packageName: z.string(),
  packages: z.number().int(),
  seats: z.number().int(),
  unitAmount: z.number().int(),
  amountTotal: z.number().int(),
  amountRefunded: z.number().int(),
  currency: z.string(),
  status: ZOrderStatus,
  /** "stripe", or "local" for the test-mode checkout of the local payments mode */
  provider: z.enum(["stripe", "local"]),
  seatsFulfilled: z.number().int(),
  seatsRefunded: z.number().int(),
  receiptUrl: z.string().nullable(),
  invoiceUrl: z.string().nullable(),
  /** where to complete payment while the order is pending */
  checkoutUrl: z.string().nullable(),
  createdBy: z.string().nullable(),
  paidAt: z.date().nullable(),
  /** set when a payment event did not match this order (nothing was applied from it): why */
  reviewReason: z.string().nullable(),
  reviewFlaggedAt: z.date().nullable(),
  createdAt: z.date(),
});

export const ZOrderPageDto = z.object({
  items: z.array(ZOrderDto),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZCheckoutDto = z.object({
  orderId: z.string(),
  /** Stripe Checkout, or the local test-mode checkout page */
  url: z.string(),
});

export const ZOperatorPackageDto = ZLicensePackageDto.extend({
  active: z.boolean(),
  sortOrder: z.number().int(),
  stripeLookupKey: z.string().nullable(),
});

export const ZOperatorOrgDto = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  createdAt: z.date(),
  seatsTotal: z.number().int(),
  seatsUsed: z.number().int(),
  overagePercent: z.number().int(),
  /** orders a payment event did not match (see the organization's audit log, security.payment_mismatch) */
  ordersInReview: z.number().int(),
});

export const ZOperatorOrgPageDto = z.object({
  items: z.array(ZOperatorOrgDto),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const ZSettingsDto = z.record(z.string(), z.unknown());
const ZCapabilities = z.object({ camera: z.boolean(), mic: z.boolean(), speaker: z.boolean(), screen: z.boolean() });

export const ZCatalogDto = z.object({
  agents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      icon: z.string(),
      requires: z.array(z.string()),
      tools: z.array(z.string()),
      settingsSchema: ZSettingsDto,
      defaults: ZSettingsDto,
      available: z.boolean(),
    }),
  ),
  tools: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      icon: z.string(),
      agents: z.array(z.string()),
      settingsSchema: ZSettingsDto,
      defaults: ZSettingsDto,
      available: z.boolean(),
    }),
  ),
});

export const ZLineupDto = z.object({
  global: ZSettingsDto,
  agents: z.array(z.object({ agentId: z.string(), settings: ZSettingsDto, tools: z.array(z.object({ toolId: z.string(), settings: ZSettingsDto })) })),
});

const ZLineupIssueDto = z.object({ path: z.string(), message: z.string() });

export const ZComposerStateDto = z.object({
  sku: z.object({ id: z.string(), code: z.string(), name: z.string(), capabilities: ZCapabilities }),
  draft: z.object({
    /** the lineup as edited: tools may be ids or { toolId, settings } */
    lineup: z.object({
      settings: ZSettingsDto.optional(),
      agents: z.array(
        z.object({
          agentId: z.string(),
          settings: ZSettingsDto.optional(),
          tools: z.array(z.union([z.string(), z.object({ toolId: z.string(), settings: ZSettingsDto.optional() })])).optional(),
        }),
      ),
    }),
    revision: z.number().int(),
    updatedAt: z.date().nullable(),
    updatedBy: z.string().nullable(),
  }),
  issues: z.array(ZLineupIssueDto),
  current: z.object({ version: z.number().int(), publishedAt: z.date() }).nullable(),
  unpublishedChanges: z.boolean(),
});

export const ZSavedDraftDto = z.object({ revision: z.number().int(), savedAt: z.date(), issues: z.array(ZLineupIssueDto) });

export const ZConfigVersionSummaryDto = z.object({
  version: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.date(),
  rolledBackFrom: z.number().int().nullable(),
  current: z.boolean(),
  agents: z.array(z.string()),
  publishedBy: z.string(),
});

export const ZConfigVersionPageDto = z.object({
  items: z.array(ZConfigVersionSummaryDto),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZConfigVersionDto = ZConfigVersionSummaryDto.extend({ lineup: ZLineupDto, deviceConfig: ZSettingsDto });

export const ZConfigDiffDto = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({ kind: z.enum(["added", "removed", "changed", "moved"]), path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() })),
});
