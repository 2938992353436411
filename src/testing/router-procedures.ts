import type { z } from "zod";

export type ProcedureInfo = {
  type: "query" | "mutation" | "subscription";
  /** the zod schemas given to `.input()`, outermost (the procedure base's) first */
  inputs: z.ZodType[];
};

/**
 * Every procedure of a tRPC router by its dotted path, read from the router's own record
 * (`_def.procedures`), so that tests enumerate what is actually served, not a list kept by hand.
 */
export function proceduresOf(router: { _def: { procedures: object } }): Record<string, ProcedureInfo> {
  const procedures = router._def.procedures as Record<string, { _def: ProcedureInfo }>;
  return Object.fromEntries(Object.entries(procedures).map(([path, procedure]) => [path, { type: procedure._def.type, inputs: procedure._def.inputs }]));
}
