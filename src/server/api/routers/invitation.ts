import { z } from "zod";
import { acceptInvitation, acceptInvitationWithPassword } from "@/server/modules/invitations/accept-invitation";
import { assertPublicActionAllowed } from "@/server/modules/auth/auth-throttle";
import {
  createInvitation,
  listPendingInvitations,
  previewInvitation,
  revokeInvitation,
  ZAcceptWithPasswordInput,
  ZCreateInvitationInput,
  ZInviteToken,
} from "@/server/modules/invitations/invitations";
import { ZAcceptedInvitationDto, ZAcceptedWithPasswordDto, ZCreatedInvitationDto, ZInvitationPreviewDto, ZPendingInvitationDto } from "./invitation.dto";
import { createTRPCRouter, orgProcedure, protectedProcedure, publicProcedure } from "../trpc";

export const invitationRouter = createTRPCRouter({
  list: orgProcedure("members:manage").output(z.array(ZPendingInvitationDto)).query(({ ctx }) => listPendingInvitations(ctx.db, ctx.org.id)),

  create: orgProcedure("members:manage")
    .input(ZCreateInvitationInput)
    .output(ZCreatedInvitationDto)
    .mutation(async ({ ctx, input }) => createInvitation(ctx.db, ctx.org, ctx.actor, ctx.org.role, input, await ctx.consoleLocale())),

  revoke: orgProcedure("members:manage")
    .input(z.object({ invitationId: z.string().min(1).max(64) }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.org.id, ctx.actor, input.invitationId)),

  preview: publicProcedure
    .input(z.object({ token: ZInviteToken }))
    .output(ZInvitationPreviewDto)
    .query(({ ctx, input }) => previewInvitation(ctx.db, input.token)),

  accept: protectedProcedure
    .input(z.object({ token: ZInviteToken }))
    .output(ZAcceptedInvitationDto)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, input.token, ctx.user)),
  /** Signed out: choose a password for the invited address (new account, or one that never proved it). */
  acceptWithPassword: publicProcedure
    .input(ZAcceptWithPasswordInput)
    .output(ZAcceptedWithPasswordDto)
    .mutation(async ({ ctx, input }) => {
      await assertPublicActionAllowed("choose-password", ctx.ip);
      return acceptInvitationWithPassword(ctx.db, input, await ctx.consoleLocale());
    }),
});
