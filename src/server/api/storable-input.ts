import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { findUnstorableText } from "@/lib/unstorable-text";

/** Any input, refused when it holds text the database cannot store (NUL, lone surrogates). */
const ZStorableInput = z.unknown().superRefine((value, ctx) => {
  const found = findUnstorableText(value);
  if (found) ctx.addIssue({ code: "custom", path: found.path, message: found.message });
});

/**
 * Refuses such input as a 400 naming the path, like any other invalid input, instead of
 * letting the query fail as a 500. The cause is the ZodError, so the error formatter gives
 * it the usual `INVALID_INPUT` reason and `issues`.
 */
export function assertStorableInput(rawInput: unknown): void {
  const parsed = ZStorableInput.safeParse(rawInput);
  if (!parsed.success) throw new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });
}
