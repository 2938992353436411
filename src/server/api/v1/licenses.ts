import { z } from "zod";
import { getBalance } from "@/server/modules/licenses/balance";
import { apiKeyProcedure, createApiRouter } from "../trpc";

export const licensesApiRouter = createApiRouter({
  /** `licenses.balance` (contract). */
  balance: apiKeyProcedure("licenses:read")
    .meta({ summary: "The organization's seat balance" })
    .output(z.object({ seatsTotal: z.number().int(), seatsUsed: z.number().int(), seatsAvailable: z.number().int() }))
    .query(async ({ ctx }) => {
      const { seatsTotal, seatsUsed, seatsAvailable } = await getBalance(ctx.db, ctx.apiKey.orgId);
      return { seatsTotal, seatsUsed, seatsAvailable };
    }),
});
