"use client";

import { useState } from "react";
import type { Catalog, StoredLineup } from "../config-types";
import type { DropOutcome } from "./drag-items";
import * as lineup from "./lineup-draft";
import type { DraftLineup } from "./lineup-draft";
import { useWording } from "./rule-wording";

/** Everything the composer can do to the draft; the buttons and the drops share these. */
export type LineupEditor = ReturnType<typeof useLineupEditor>;

/**
 * The draft being edited, its changes and what they mean in words. Each change is handed to
 * `onChange` (autosave); button-made changes are also announced politely, since unlike a
 * drag nothing else tells a screen reader what happened.
 */
export function useLineupEditor({ initial, catalog, onChange }: { initial: StoredLineup; catalog: Catalog; onChange: (draft: DraftLineup) => void }) {
  const { drag } = useWording();
  const [draft, setDraft] = useState(() => lineup.toDraft(initial));
  const [announcement, setAnnouncement] = useState("");
  /** why the last drop did nothing, shown until the next change */
  const [refusal, setRefusal] = useState<string | null>(null);

  const agentName = (agentId: string) => catalog.agents.find((agent) => agent.id === agentId)?.name ?? agentId;
  const toolName = (toolId: string) => catalog.tools.find((tool) => tool.id === toolId)?.name ?? toolId;
  const nameOfKey = (key: string) => agentName(draft.agents.find((agent) => agent.key === key)?.agentId ?? key);

  const apply = (next: DraftLineup, message?: string) => {
    setDraft(next);
    setRefusal(null);
    if (message) setAnnouncement(message);
    onChange(next);
  };

  return {
    draft,
    announcement,
    refusal,
    addAgent(agentId: string, index?: number) {
      const position = Math.max(0, Math.min(index ?? draft.agents.length, draft.agents.length)) + 1;
      apply(lineup.addAgent(draft, agentId, index), drag("added", { name: agentName(agentId), position }));
    },
    removeAgent(key: string) {
      apply(lineup.removeAgent(draft, key), drag("removed", { name: nameOfKey(key) }));
    },
    moveAgent(from: number, to: number) {
      const next = lineup.moveAgent(draft, from, to);
      if (next === draft) return;
      const moved = next.agents.findIndex((agent) => agent === draft.agents[from]);
      apply(next, drag("movedTo", { name: nameOfKey(draft.agents[from]!.key), position: moved + 1, total: next.agents.length }));
    },
    addTool(key: string, toolId: string) {
      apply(lineup.addTool(draft, key, toolId), drag("toolGiven", { tool: toolName(toolId), agent: nameOfKey(key) }));
    },
    removeTool(key: string, toolId: string) {
      apply(lineup.removeTool(draft, key, toolId), drag("toolRemoved", { tool: toolName(toolId), agent: nameOfKey(key) }));
    },
    setAgentSetting(key: string, field: string, value: unknown) {
      apply(lineup.setAgentSetting(draft, key, field, value));
    },
    setToolSetting(key: string, toolId: string, field: string, value: unknown) {
      apply(lineup.setToolSetting(draft, key, toolId, field, value));
    },
    setGlobalSetting(field: string, value: unknown) {
      apply(lineup.setGlobalSetting(draft, field, value));
    },
    /** A drop's outcome; dnd-kit has already announced it. */
    applyDrop(outcome: DropOutcome) {
      if (outcome.action === "insert-agent") apply(lineup.addAgent(draft, outcome.agentId, outcome.index));
      else if (outcome.action === "move-agent") apply(lineup.moveAgent(draft, outcome.from, outcome.to));
      else if (outcome.action === "add-tool") apply(lineup.addTool(draft, outcome.key, outcome.toolId));
      else if (outcome.action === "refuse") setRefusal(drag("refusedNothingChanged", { reason: outcome.reason }));
    },
  };
}
