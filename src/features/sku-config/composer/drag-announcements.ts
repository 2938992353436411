import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";
import { parseDragId, parseDropId, resolveDrop, type DragItem, type DropContext, type DropTarget } from "./drag-items";
import type { Wording } from "./rule-wording";

type Context = DropContext;

/** dnd-kit's keyboard instructions, read when a draggable gets focus. */
export function dragInstructions(words: Wording): ScreenReaderInstructions {
  return { draggable: words.drag("instructions") };
}

/** The name people know an item by: the catalog name, or the id of an unknown item. */
export function itemName(item: DragItem, { draft, catalog }: Pick<Context, "draft" | "catalog">): string {
  if (item.type === "catalog-tool") return catalog.tools.find((tool) => tool.id === item.toolId)?.name ?? item.toolId;
  const agentId = item.type === "catalog-agent" ? item.agentId : (draft.agents.find((agent) => agent.key === item.key)?.agentId ?? item.key);
  return catalog.agents.find((agent) => agent.id === agentId)?.name ?? agentId;
}

function targetName(target: DropTarget, context: Context): string {
  return target.type === "lineup-end" ? context.words.drag("endOfLineup") : itemName(target, context);
}

/** What letting go here would do, in words: the same rules as the drop itself. */
export function describeDropPreview(item: DragItem, target: DropTarget | null, context: Context): string {
  const { drag } = context.words;
  const name = itemName(item, context);
  const outcome = resolveDrop(item, target, context);
  const total = context.draft.agents.length;
  if (item.type === "lineup-agent" && target?.type === "lineup-agent" && target.key === item.key) {
    return drag("atPosition", { name, position: context.draft.agents.findIndex((agent) => agent.key === item.key) + 1, total });
  }
  switch (outcome.action) {
    case "move-agent":
      return drag("overPosition", { name, position: outcome.to + 1, total });
    case "insert-agent":
      return target?.type === "lineup-end" ? drag("willAddAtEnd", { name }) : drag("willAddAt", { name, position: outcome.index + 1 });
    case "add-tool":
      return drag("dropGive", { name, target: target ? targetName(target, context) : drag("thisAgent") });
    case "refuse":
      return drag("refused", { reason: outcome.reason });
    default:
      return target ? drag("over", { name, target: targetName(target, context) }) : drag("notOver", { name });
  }
}

/** What happened after a drop, in words. */
export function describeDropResult(item: DragItem, target: DropTarget | null, context: Context): string {
  const { drag } = context.words;
  const name = itemName(item, context);
  const outcome = resolveDrop(item, target, context);
  switch (outcome.action) {
    case "move-agent":
      return drag("moved", { name, position: outcome.to + 1, total: context.draft.agents.length });
    case "insert-agent":
      return drag("inserted", { name, position: outcome.index + 1 });
    case "add-tool":
      return drag("given", { name, target: target ? targetName(target, context) : drag("theAgent") });
    case "refuse":
      return drag("refusedNothingChanged", { reason: outcome.reason });
    default:
      return drag("droppedNothingChanged", { name });
  }
}

/** dnd-kit's live announcements, worded for the composer (the defaults only read ids). */
export function composerAnnouncements(context: Context): Announcements {
  const { drag } = context.words;
  const parse = (id: string | number) => parseDragId(id);
  const drop = (id: string | number | undefined) => (id === undefined ? null : parseDropId(id));
  return {
    onDragStart({ active }) {
      const item = parse(active.id);
      if (!item) return undefined;
      const name = itemName(item, context);
      if (item.type === "lineup-agent") {
        const index = context.draft.agents.findIndex((agent) => agent.key === item.key);
        return drag("pickedUpLineup", { name, position: index + 1, total: context.draft.agents.length });
      }
      return item.type === "catalog-tool" ? drag("pickedUpTool", { name }) : drag("pickedUpAgent", { name });
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
      return item ? drag("cancelled", { name: itemName(item, context) }) : undefined;
    },
  };
}
