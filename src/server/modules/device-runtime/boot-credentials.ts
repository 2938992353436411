import type { z } from "zod";

/** An EdDSA assertion with the claims of the contract is ~300 characters; this leaves room for a few more. */
export const MAX_ASSERTION_LENGTH = 2048;

/** `device.boot` takes the secret or (key mode) an assertion: exactly one, said plainly when not. */
export function exactlyOneCredential(input: { secret?: string; assertion?: string }, ctx: z.RefinementCtx): void {
  if (input.secret === undefined && input.assertion === undefined) {
    ctx.addIssue({ code: "custom", path: ["secret"], message: "Give the device's secret, or (key mode) a signed boot assertion in \"assertion\"." });
  } else if (input.secret !== undefined && input.assertion !== undefined) {
    ctx.addIssue({ code: "custom", path: ["assertion"], message: "Give either \"secret\" or \"assertion\", not both." });
  }
}
