import {
  createOrganization,
  listMyOrganizations,
  updateOrganization,
} from "@/server/modules/organizations/organizations";
import { ZCreateOrgInput, ZUpdateOrgInput } from "@/server/modules/organizations/schemas";
import { leaveOrganization } from "@/server/modules/members/members";
import { getSessionPolicy, setSessionPolicy, ZSessionPolicyInput } from "@/server/modules/organizations/session-policy";
import { z } from "zod";
import { ZOrgDto, ZOrgWithRoleDto } from "./organization.dto";
import { createTRPCRouter, orgProcedure, protectedProcedure, verifiedProcedure } from "../trpc";

export const organizationRouter = createTRPCRouter({
  mine: protectedProcedure.output(z.array(ZOrgWithRoleDto)).query(({ ctx }) => listMyOrganizations(ctx.db, ctx.user.id)),

  create: verifiedProcedure
    .input(ZCreateOrgInput)
    .output(ZOrgDto)
    .mutation(({ ctx, input }) => createOrganization(ctx.db, ctx.user.id, input)),

  get: orgProcedure("org:read").output(ZOrgWithRoleDto).query(({ ctx }) => ctx.org),

  update: orgProcedure("org:manage")
    .input(ZUpdateOrgInput)
    .output(ZOrgDto)
    .mutation(({ ctx, input }) => updateOrganization(ctx.db, ctx.org.id, ctx.actor, input)),

  /** Device session token lifetime (60–3600 s). */
  sessionPolicy: orgProcedure("org:read")
    .output(z.object({ sessionTtlSeconds: z.number().int() }))
    .query(({ ctx }) => getSessionPolicy(ctx.db, ctx.org.id)),

  setSessionPolicy: orgProcedure("org:manage")
    .input(ZSessionPolicyInput)
    .output(z.object({ sessionTtlSeconds: z.number().int() }))
    .mutation(({ ctx, input }) => setSessionPolicy(ctx.db, ctx.org.id, ctx.actor, input)),

  leave: orgProcedure("org:read").mutation(({ ctx }) => leaveOrganization(ctx.db, ctx.org.id, ctx.actor)),
});
