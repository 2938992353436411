import { z } from "zod";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { completePasswordLink, previewAccountLink, verifyEmailWithLink } from "@/server/modules/auth/account-links";
import { requestPasswordReset, sendAccountMail } from "@/server/modules/auth/account-mail";
import { assertPublicActionAllowed } from "@/server/modules/auth/auth-throttle";
import { ZEmail, ZPassword, ZSignUpInput } from "@/server/modules/auth/schemas";
import { changePassword, endAllSessions, setUserLocale, signUp, ZSetLocaleInput } from "@/server/modules/auth/users";
import { ZAccountLinkPreviewDto, ZAccountMailDto, ZSessionUserDto } from "./account.dto";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";
import { schemaMessage } from "@/shared/schema-message";

const ZLinkToken = z.string().trim().min(20, schemaMessage("This link is not valid.")).max(200);

/**
 * The signed-in user's own account, and the signed-out ways in: sign-up, links that prove an
 * address (verification, set-up, reset). Public procedures that hash a password or send mail
 * are counted per client address before doing the work.
 */
export const accountRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(ZSignUpInput)
    .output(z.object({ id: z.string(), email: z.string(), verification: ZAccountMailDto.shape.delivery }))
    .mutation(async ({ ctx, input }) => {
      await assertPublicActionAllowed("sign-up", ctx.ip);
      const user = await signUp(ctx.db, input, await ctx.consoleLocale());
      return { id: user.id, email: user.email, verification: user.verification };
    }),
  linkPreview: publicProcedure
    .input(z.object({ token: ZLinkToken }))
    .output(ZAccountLinkPreviewDto)
    .query(({ ctx, input }) => previewAccountLink(ctx.db, input.token)),
  completePasswordSetup: publicProcedure
    .input(z.object({ token: ZLinkToken, password: ZPassword }))
    .output(z.object({ email: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await assertPublicActionAllowed("choose-password", ctx.ip);
      return completePasswordLink(ctx.db, input.token, input.password);
    }),
  verifyEmail: publicProcedure
    .input(z.object({ token: ZLinkToken }))
    .output(z.object({ email: z.string() }))
    .mutation(({ ctx, input }) => verifyEmailWithLink(ctx.db, input.token)),
  requestPasswordReset: publicProcedure
    .input(z.object({ email: ZEmail }))
    .output(ZAccountMailDto)
    .mutation(async ({ ctx, input }) => {
      await assertPublicActionAllowed("send-mail", ctx.ip, input.email);
      return { delivery: await requestPasswordReset(ctx.db, input.email), linkTtlHours: env.ACCOUNT_LINK_TTL_HOURS };
    }),
  resendVerification: protectedProcedure.output(ZAccountMailDto).mutation(async ({ ctx }) => {
    if (ctx.user.emailVerified) throw new AppError("PRECONDITION_FAILED", "Your email address is already confirmed.", { reason: "EMAIL_ALREADY_VERIFIED" });
    await assertPublicActionAllowed("send-mail", ctx.ip, ctx.user.email);
    return { delivery: await sendAccountMail(ctx.db, ctx.user, "VERIFY_EMAIL"), linkTtlHours: env.ACCOUNT_LINK_TTL_HOURS };
  }),
  changePassword: protectedProcedure
    .input(z.object({ currentPassword: z.string().min(1, schemaMessage("Enter your current password.")).max(200), newPassword: ZPassword }))
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user.id, ctx.ip, input.currentPassword, input.newPassword)),
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => endAllSessions(ctx.db, ctx.user.id)),
  me: protectedProcedure.output(ZSessionUserDto).query(({ ctx }) => ctx.user),
  /** The console language the user chose (the switcher also sets the NEXT_LOCALE cookie): a new browser starts in it. */
  setLocale: protectedProcedure
    .input(ZSetLocaleInput)
    .output(z.object({ locale: z.string() }))
    .mutation(({ ctx, input }) => setUserLocale(ctx.db, ctx.user.id, input.locale)),
});
