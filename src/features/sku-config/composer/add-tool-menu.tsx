"use client";

import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { CatalogIcon } from "../catalog-icons";
import type { Catalog, CatalogAgent } from "../config-types";
import { toolAvailability } from "./availability";
import type { DraftAgent } from "./lineup-draft";

type AddToolMenuProps = { agent: CatalogAgent; entry: DraftAgent; catalog: Catalog; onAdd: (toolId: string) => void };

/** The tools this agent may use, to add one without dragging; tools it cannot take now say why. */
export function AddToolMenu({ agent, entry, catalog, onAdd }: AddToolMenuProps) {
  const tools = agent.tools.flatMap((toolId) => catalog.tools.filter((tool) => tool.id === toolId));
  if (tools.length === 0) return <span className="text-xs text-slate-500">{agent.name} uses no tools.</span>;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" className="h-7 px-2 text-brand-700" aria-label={`Add tool to ${agent.name}`}>
          <Plus aria-hidden />
          Add tool
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>Tools {agent.name} can use</DropdownMenuLabel>
        {tools.map((tool) => {
          const availability = toolAvailability(tool, agent, entry);
          return (
            <DropdownMenuItem key={tool.id} disabled={!availability.ok} onSelect={() => onAdd(tool.id)}>
              <CatalogIcon name={tool.icon} />
              <span className="flex-1">{tool.name}</span>
              {availability.ok ? null : <span className="text-xs text-slate-500">{availability.code === "present" ? "Added" : availability.code === "disabled" ? "Disabled by Anima" : "Limit reached"}</span>}
            </DropdownMenuItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
