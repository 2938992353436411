import type { Catalog, LineupIssue } from "../config-types";
import type { Wording } from "./rule-wording";

/**
 * An issue of the lineup check in the wording's language (`skuConfig.issues.<code>`), naming
 * agents and tools from the catalog, as the server names them; in English exactly the server's
 * sentence. A settings schema's own sentence (`setting`) is shown as the server wrote it.
 */
export function issueText(issue: LineupIssue, catalog: Catalog, words: Wording): string {
  const agent = (id: string) => catalog.agents.find((candidate) => candidate.id === id)?.name ?? id;
  const tool = (id: string) => catalog.tools.find((candidate) => candidate.id === id)?.name ?? id;
  switch (issue.code) {
    case "noAgents":
      return words.issue("noAgents");
    case "unknownAgent":
    case "agentDisabled":
    case "agentTwice":
      return words.issue(issue.code, { agent: agent(issue.params.agentId), agentId: issue.params.agentId });
    case "agentNeedsHardware":
      return words.issue("agentNeedsHardware", { agent: agent(issue.params.agentId), capabilities: words.capabilities(issue.params.missing) });
    case "unknownTool":
    case "toolDisabled":
    case "toolTwice":
      return words.issue(issue.code, { tool: tool(issue.params.toolId), toolId: issue.params.toolId });
    case "toolNotAllowed":
      return words.issue("toolNotAllowed", { agent: agent(issue.params.agentId), tool: tool(issue.params.toolId) });
    case "unknownSettings":
      return words.issue("unknownSettings", { count: issue.params.keys.length, keys: words.keys(issue.params.keys) });
    default:
      return issue.message;
  }
}

/** The issues with their sentences in the wording's language, for the cards and fields that show them. */
export function wordIssues(issues: readonly LineupIssue[], catalog: Catalog, words: Wording): LineupIssue[] {
  return issues.map((issue) => ({ ...issue, message: issueText(issue, catalog, words) }));
}
