import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";
import type { Catalog, SkuSummary } from "../config-types";
import { parseDragId, parseDropId, resolveDrop, type DragItem, type DropTarget } from "./drag-items";
import type { DraftLineup } from "./lineup-draft";

type Context = { draft: DraftLineup; catalog: Catalog; sku: Pick<SkuSummary, "code" | "capabilities"> };

export const DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    "To pick up this item, press Space or Enter. Use the arrow keys to move it over the lineup, Space or Enter to drop it, Escape to cancel. The buttons next to it do the same without dragging.",
};

/** The name people know an item by: the catalog name, or the id of an unknown item. */
export function itemName(item: DragItem, { draft, catalog }: Context): string {
  if (item.type === "catalog-tool") return catalog.tools.find((tool) => tool.id === item.toolId)?.name ?? item.toolId;
  const agentId = item.type === "catalog-agent" ? item.agentId : (draft.agents.find((agent) => agent.key === item.key)?.agentId ?? item.key);
  return catalog.agents.find((agent) => agent.id === agentId)?.name ?? agentId;
}

function targetName(target: DropTarget, context: Context): string {
  return target.type === "lineup-end" ? "the end of the lineup" : itemName(target, context);
}

/** What letting go here would do, in words: the same rules as the drop itself. */
export function describeDropPreview(item: DragItem, target: DropTarget | null, context: Context): string {
  const name = itemName(item, context);
  const outcome = resolveDrop(item, target, context);
  const total = context.draft.agents.length;
  if (item.type === "lineup-agent" && target?.type === "lineup-agent" && target.key === item.key) {
    return `${name} is at position ${context.draft.agents.findIndex((agent) => agent.key === item.key) + 1} of ${total}.`;
  }
  switch (outcome.action) {
    case "move-agent":
      return `${name} is over position ${outcome.to + 1} of ${total}.`;
    case "insert-agent":
      return target?.type === "lineup-end" ? `${name} will be added at the end of the lineup.` : `${name} will be added at position ${outcome.index + 1}.`;
    case "add-tool":
      return `Drop to give ${name} to ${target ? targetName(target, context) : "this agent"}.`;
    case "refuse":
      return `${outcome.reason}.`;
    default:
      return target ? `${name} is over ${targetName(target, context)}.` : `${name} is not over the lineup.`;
  }
}

/** What happened after a drop, in words. */
export function describeDropResult(item: DragItem, target: DropTarget | null, context: Context): string {
  const name = itemName(item, context);
  const outcome = resolveDrop(item, target, context);
  switch (outcome.action) {
    case "move-agent":
      return `${name} was moved to position ${outcome.to + 1} of ${context.draft.agents.length}.`;
    case "insert-agent":
      return `${name} was added to the lineup at position ${outcome.index + 1}.`;
    case "add-tool":
      return `${name} was given to ${target ? targetName(target, context) : "the agent"}.`;
    case "refuse":
      return `${outcome.reason}. Nothing changed.`;
    default:
      return `${name} was dropped. Nothing changed.`;
  }
}

/** dnd-kit's live announcements, worded for the composer (the defaults only read ids). */
export function composerAnnouncements(context: Context): Announcements {
  const parse = (id: string | number) => parseDragId(id);
  const drop = (id: string | number | undefined) => (id === undefined ? null : parseDropId(id));
  return {
    onDragStart({ active }) {
      const item = parse(active.id);
      if (!item) return undefined;
      const name = itemName(item, context);
      if (item.type === "lineup-agent") {
        const index = context.draft.agents.findIndex((agent) => agent.key === item.key);
        return `Picked up ${name}, position ${index + 1} of ${context.draft.agents.length}.`;
      }
      return item.type === "catalog-tool" ? `Picked up ${name}. Move it onto an agent in the lineup.` : `Picked up ${name}. Move it to where it goes in the lineup.`;
    },
    onDragOver({ active, over }) {
      const item = parse(active.id);
      return item ? describeDropPreview(item, drop(over?.id), context) : undefined;
    },
    onDragEnd({ active, over }) {
      const item = parse(active.id);
      // The draft still has the order from before the drop: the result is worded from it.
      return item ? describeDropResult(item, drop(over?.id), context) : undefined;
    },
    onDragCancel({ active }) {
      const item = parse(active.id);
      return item ? `Moving ${itemName(item, context)} was cancelled.` : undefined;
    },
  };
}
