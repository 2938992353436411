/**
 * Output schemas of the console UI router. Responses are explicit DTOs: `.output()`
 * strips anything a module might add by mistake (a hash, a token), never passes it on.
 */
import { z } from "zod";
import { ROLES } from "@/server/modules/organizations/permissions";

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
});

export const ZAcceptedInvitationDto = z.object({ orgSlug: z.string(), role: ZRole });

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
});
