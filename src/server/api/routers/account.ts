import { z } from "zod";
import { completePasswordSetup } from "@/server/modules/auth/password-setup";
import { ZPassword, ZSignUpInput } from "@/server/modules/auth/schemas";
import { assertSignUpAllowed } from "@/server/modules/auth/auth-throttle";
import { signUp } from "@/server/modules/auth/users";
import { ZSessionUserDto } from "../dto";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(ZSignUpInput)
    .output(z.object({ id: z.string(), email: z.string() }))
    .mutation(async ({ ctx, input }) => {
    await assertSignUpAllowed(ctx.ip);
    const user = await signUp(ctx.db, input);
    return { id: user.id, email: user.email };
  }),

  completePasswordSetup: publicProcedure
    .input(z.object({ token: z.string().min(20).max(200), password: ZPassword }))
    .output(z.object({ email: z.string() }))
    .mutation(({ ctx, input }) => completePasswordSetup(ctx.db, input.token, input.password)),

  me: protectedProcedure.output(ZSessionUserDto).query(({ ctx }) => ctx.user),
});
