import { listAudit, listAuditFacets, ZListAuditInput } from "@/server/modules/audit/list-audit";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: orgProcedure("audit:read").input(ZListAuditInput).query(({ ctx, input }) => listAudit(ctx.db, ctx.org.id, input)),

  facets: orgProcedure("audit:read").query(({ ctx }) => listAuditFacets(ctx.db, ctx.org.id)),
});
