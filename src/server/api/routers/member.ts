import { z } from "zod";
import { changeMemberRole, listMembers, removeMember } from "@/server/modules/members/members";
import { ROLES } from "@/shared/permissions";
import { ZMemberDto, ZRoleChangeDto } from "./member.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

const ZMembershipId = z.string().min(1).max(64);

export const memberRouter = createTRPCRouter({
  list: orgProcedure("org:read").output(z.array(ZMemberDto)).query(({ ctx }) => listMembers(ctx.db, ctx.org.id)),

  changeRole: orgProcedure("members:manage")
    .input(z.object({ membershipId: ZMembershipId, role: z.enum(ROLES) }))
    .output(ZRoleChangeDto)
    .mutation(({ ctx, input }) =>
      changeMemberRole(ctx.db, ctx.org.id, ctx.actor, ctx.org.role, input.membershipId, input.role),
    ),

  remove: orgProcedure("members:manage")
    .input(z.object({ membershipId: ZMembershipId }))
    .mutation(({ ctx, input }) =>
      removeMember(ctx.db, ctx.org.id, ctx.actor, ctx.org.role, input.membershipId),
    ),
});
