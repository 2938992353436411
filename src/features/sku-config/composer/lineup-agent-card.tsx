"use client";

import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { cn } from "@/lib/utils";
import { CatalogIcon } from "../catalog-icons";
import type { Catalog } from "../config-types";
import { hasFieldIssues, type AgentIssues } from "../issue-paths";
import { AgentCardActions } from "./agent-card-actions";
import { AgentSettings } from "./agent-settings";
import { AgentTools } from "./agent-tools";
import type { DraftAgent } from "./lineup-draft";
import type { LineupEditor } from "./use-lineup-editor";

export type LineupAgentCardProps = {
  entry: DraftAgent;
  index: number;
  total: number;
  catalog: Catalog;
  issues: AgentIssues | undefined;
  /** absent when read-only */
  editor?: LineupEditor;
  /** the drag handle, when the card is sortable */
  handle?: ReactNode;
  /** what is being dragged over the card would do, when something is */
  dropHint?: { ok: boolean; text: string } | null;
};

/** One agent of the lineup: position, name, tools, problems, and its settings behind a toggle. */
export function LineupAgentCard({ entry, index, total, catalog, issues, editor, handle, dropHint }: LineupAgentCardProps) {
  const id = useId();
  const t = useTranslations("skuConfig.lineup");
  const agent = catalog.agents.find((candidate) => candidate.id === entry.agentId);
  const name = agent?.name ?? entry.agentId;
  const fieldIssues = hasFieldIssues(issues) || Object.values(issues?.tools ?? {}).some(hasFieldIssues);
  const [open, setOpen] = useState(fieldIssues);
  const general = issues?.general ?? [];

  return (
    <article
      aria-labelledby={`${id}-name`}
      className={cn(
        "rounded-lg border bg-white shadow-sm transition-colors",
        general.length > 0 ? "border-red-300" : "border-slate-200",
        dropHint?.ok && "border-emerald-500 ring-2 ring-emerald-100",
        dropHint && !dropHint.ok && "border-amber-400 ring-2 ring-amber-100",
      )}
    >
      <div className="flex items-center gap-2 px-3 py-2.5">
        {handle}
        <span className="w-5 shrink-0 text-center text-xs font-semibold text-slate-400 tabular-nums">
          <span className="sr-only">{t("position")} </span>
          {index + 1}
        </span>
        <span className="hidden size-8 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-600 sm:flex">
          <CatalogIcon name={agent?.icon} className="size-4" />
        </span>
        <h3 id={`${id}-name`} className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-900">
          {name}
        </h3>
        {editor ? <AgentCardActions entry={entry} name={name} index={index} total={total} editor={editor} /> : null}
      </div>
      {dropHint?.text ? (
        <p role="status" className={cn("mx-3 mb-2 rounded px-2 py-1 text-xs font-medium", dropHint.ok ? "bg-emerald-50 text-emerald-800" : "bg-amber-50 text-amber-900")}>
          {dropHint.text}
        </p>
      ) : null}
      <div className="space-y-2 border-t border-slate-100 px-3 py-2.5">
        {general.map((message) => (
          <p key={message} className="text-xs font-medium text-red-700">
            {message}
          </p>
        ))}
        <AgentTools
          entry={entry}
          agent={agent}
          agentName={name}
          catalog={catalog}
          issues={issues}
          onAdd={editor ? (toolId) => editor.addTool(entry.key, toolId) : undefined}
          onRemove={editor ? (toolId) => editor.removeTool(entry.key, toolId) : undefined}
        />
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? `${id}-settings` : undefined}
          onClick={() => setOpen(!open)}
          className="inline-flex items-center gap-1 rounded text-xs font-medium text-brand-700 hover:underline"
        >
          <ChevronDown className={cn("size-3.5 transition-transform", open && "rotate-180")} aria-hidden />
          {t("settings")}
          <span className="sr-only"> {t("settingsOf", { name })}</span>
          {fieldIssues ? <span className="ml-1 rounded-full bg-red-100 px-1.5 text-[11px] text-red-800">{t("needsAttention")}</span> : null}
        </button>
      </div>
      {open ? (
        <div id={`${id}-settings`} className="border-t border-slate-100 bg-slate-50/40 px-3 py-4">
          <AgentSettings idPrefix={id} entry={entry} agent={agent} agentName={name} catalog={catalog} issues={issues} editor={editor} />
        </div>
      ) : null}
    </article>
  );
}
