import { listAudit, listAuditFacets, ZListAuditInput } from "@/server/modules/audit/list-audit";
import { ZAuditFacetsDto, ZAuditPageDto } from "./audit.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: orgProcedure("audit:read")
    .input(ZListAuditInput)
    .output(ZAuditPageDto)
    .query(({ ctx, input }) => listAudit(ctx.db, ctx.org.id, input)),

  facets: orgProcedure("audit:read").output(ZAuditFacetsDto).query(({ ctx }) => listAuditFacets(ctx.db, ctx.org.id)),
});
