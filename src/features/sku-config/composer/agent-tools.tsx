import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { CatalogIcon } from "../catalog-icons";
import type { Catalog, CatalogAgent } from "../config-types";
import type { AgentIssues } from "../issue-paths";
import { AddToolMenu } from "./add-tool-menu";
import type { DraftAgent } from "./lineup-draft";

type AgentToolsProps = {
  entry: DraftAgent;
  agent: CatalogAgent | undefined;
  agentName: string;
  catalog: Catalog;
  issues: AgentIssues | undefined;
  /** absent when read-only */
  onAdd?: (toolId: string) => void;
  onRemove?: (toolId: string) => void;
};

/** A lineup agent's tools as chips (removable when editing), the Add tool menu, and tool-level problems. */
export function AgentTools({ entry, agent, agentName, catalog, issues, onAdd, onRemove }: AgentToolsProps) {
  const t = useTranslations("skuConfig.lineup");
  const problems = entry.tools.flatMap((tool) => issues?.tools[tool.toolId]?.general ?? []);
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="mr-1 text-xs font-medium text-slate-500">{t("tools")}</span>
        {entry.tools.length === 0 ? <span className="text-xs text-slate-400">{t("none")}</span> : null}
        <ul aria-label={t("toolsOf", { name: agentName })} className="flex flex-wrap items-center gap-1.5">
          {entry.tools.map(({ toolId }) => {
            const tool = catalog.tools.find((candidate) => candidate.id === toolId);
            const name = tool?.name ?? toolId;
            const invalid = (issues?.tools[toolId]?.general.length ?? 0) > 0;
            return (
              <li
                key={toolId}
                className={cn(
                  "inline-flex items-center gap-1 rounded-full py-0.5 pl-2 text-xs font-medium ring-1 ring-inset",
                  invalid ? "bg-red-50 text-red-800 ring-red-200" : "bg-violet-50 text-violet-800 ring-violet-200",
                  onRemove ? "pr-0.5" : "pr-2",
                )}
              >
                <CatalogIcon name={tool?.icon} className="size-3.5" />
                {name}
                {onRemove ? (
                  <button
                    type="button"
                    onClick={() => onRemove(toolId)}
                    aria-label={t("removeTool", { tool: name, agent: agentName })}
                    className="rounded-full p-0.5 hover:bg-violet-100 hover:text-violet-950"
                  >
                    <X className="size-3.5" aria-hidden />
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
        {onAdd && agent ? <AddToolMenu agent={agent} entry={entry} catalog={catalog} onAdd={onAdd} /> : null}
      </div>
      {problems.map((message) => (
        <p key={message} className="text-xs text-red-700">
          {message}
        </p>
      ))}
    </div>
  );
}
