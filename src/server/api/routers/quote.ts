import { z } from "zod";
import { payments } from "@/server/modules/billing/payments";
import { acceptQuote, closeQuote, createQuote, getQuote, listQuotes, printableQuote, ZCreateQuoteInput, ZListQuotesInput, ZQuoteId } from "@/server/modules/billing/quotes";
import { ZQuoteDocumentDto, ZQuoteDto, ZQuotePageDto } from "./quote.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

/** Quotes for large bundles: drafted by those who buy seats, accepted or declined by the owner. */
export const quoteRouter = createTRPCRouter({
  list: orgProcedure("licenses:buy")
    .input(ZListQuotesInput)
    .output(ZQuotePageDto)
    .query(({ ctx, input }) => listQuotes(ctx.db, ctx.org.id, input)),

  get: orgProcedure("licenses:buy")
    .input(ZQuoteId)
    .output(ZQuoteDto)
    .query(({ ctx, input }) => getQuote(ctx.db, ctx.org.id, input.quoteId)),

  /** What the quote's PDF prints (the console's PDF route renders it). */
  document: orgProcedure("licenses:buy")
    .input(ZQuoteId)
    .output(ZQuoteDocumentDto)
    .query(({ ctx, input }) => printableQuote(ctx.db, ctx.org.id, input.quoteId)),

  create: orgProcedure("licenses:buy")
    .input(ZCreateQuoteInput)
    .output(ZQuoteDto)
    .mutation(({ ctx, input }) => createQuote(ctx.db, ctx.org.id, ctx.actor, input)),

  /** The owner only: an order paid by bank transfer against an invoice issued now. */
  accept: orgProcedure("licenses:buy")
    .input(ZQuoteId)
    .output(z.object({ orderId: z.string() }))
    .mutation(async ({ ctx, input }) => ({ orderId: await acceptQuote(ctx.db, payments(), ctx.org, ctx.actor, input.quoteId) })),

  /** The owner only. */
  decline: orgProcedure("licenses:buy")
    .input(ZQuoteId)
    .output(ZQuoteDto)
    .mutation(({ ctx, input }) => closeQuote(ctx.db, ctx.org, ctx.actor, input.quoteId, "declined")),

  withdraw: orgProcedure("licenses:buy")
    .input(ZQuoteId)
    .output(ZQuoteDto)
    .mutation(({ ctx, input }) => closeQuote(ctx.db, ctx.org, ctx.actor, input.quoteId, "withdrawn")),
});
