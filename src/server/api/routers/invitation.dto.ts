import { z } from "zod";
import { ZRole } from "../common.dto";

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
