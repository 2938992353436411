import { getBalance } from "@/server/modules/licenses/balance";
import { listLedger, ZListLedgerInput } from "@/server/modules/licenses/list-ledger";
import { ZBalanceDto, ZLedgerPageDto } from "../dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const licenseRouter = createTRPCRouter({
  balance: orgProcedure("org:read")
    .output(ZBalanceDto)
    .query(({ ctx }) => getBalance(ctx.db, ctx.org.id)),

  ledger: orgProcedure("org:read")
    .input(ZListLedgerInput)
    .output(ZLedgerPageDto)
    .query(({ ctx, input }) => listLedger(ctx.db, ctx.org.id, input)),
});

