import { z } from "zod";

/**
 * What the lineup check (src/server/modules/catalog/lineup.ts) finds wrong, as stable codes with
 * their parameters, so the console words each problem in its own language
 * (`skuConfig.issues.<code>`). Parameters are ids, not names: the console names agents and tools
 * from its catalog. Every issue keeps the English `message` the API has always sent, word for
 * word. `setting` is a settings schema's own sentence (bad value, out of range): its `message`
 * is the text to show.
 */
export const ZLineupProblem = z.discriminatedUnion("code", [
  z.object({ code: z.enum(["noAgents", "setting"]) }),
  z.object({ code: z.enum(["unknownAgent", "agentDisabled", "agentTwice"]), params: z.object({ agentId: z.string() }) }),
  z.object({ code: z.literal("agentNeedsHardware"), params: z.object({ agentId: z.string(), missing: z.array(z.string()) }) }),
  z.object({ code: z.enum(["unknownTool", "toolDisabled", "toolTwice"]), params: z.object({ toolId: z.string() }) }),
  z.object({ code: z.literal("toolNotAllowed"), params: z.object({ agentId: z.string(), toolId: z.string() }) }),
  z.object({ code: z.literal("unknownSettings"), params: z.object({ keys: z.array(z.string()) }) }),
]);
export type LineupProblem = z.infer<typeof ZLineupProblem>;
export type LineupIssueCode = LineupProblem["code"];

/** One issue: where (`agents[1] kids-companion.settings.bedtime`), the English sentence, and its code. */
export const ZLineupIssue = z.object({ path: z.string(), message: z.string() }).and(ZLineupProblem);
export type LineupIssue = z.infer<typeof ZLineupIssue>;
