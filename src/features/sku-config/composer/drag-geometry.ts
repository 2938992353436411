import { closestCenter, KeyboardCode, pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { accepts, parseDragId, parseDropId } from "./drag-items";

const ARROWS: string[] = [KeyboardCode.Down, KeyboardCode.Right, KeyboardCode.Up, KeyboardCode.Left];

/**
 * Which drop target the dragged item is over. Lineup agents sort among themselves by
 * closest center; catalog items only count as over a target when the pointer (or, by
 * keyboard, the dragged card) is actually on it, so letting go over the catalog does nothing.
 */
export const composerCollisionDetection: CollisionDetection = (args) => {
  const item = parseDragId(args.active.id);
  if (!item) return [];
  const droppableContainers = args.droppableContainers.filter((container) => {
    const target = parseDropId(container.id);
    return target !== null && accepts(item, target);
  });
  const scoped = { ...args, droppableContainers };
  if (item.type === "lineup-agent") return closestCenter(scoped);
  if (!args.pointerCoordinates) return rectIntersection(scoped);
  const underPointer = pointerWithin(scoped);
  return underPointer.length > 0 ? underPointer : rectIntersection(scoped);
};

/**
 * Arrow keys while dragging by keyboard. Lineup agents move slot by slot (dnd-kit's
 * sortable coordinates); a catalog item jumps from one drop target to the next, in page
 * order, its card centered on the target so the collision detection picks exactly that one.
 */
export const composerKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const item = parseDragId(args.active);
  if (!item) return undefined;
  if (item.type === "lineup-agent") return sortableKeyboardCoordinates(event, args);
  if (!ARROWS.includes(event.code)) return undefined;
  event.preventDefault();
  const { droppableContainers, droppableRects, collisionRect, over } = args.context;
  if (!collisionRect) return undefined;
  const targets = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const target = parseDropId(container.id);
      const rect = droppableRects.get(container.id);
      return target && rect && accepts(item, target) ? [{ id: container.id, rect }] : [];
    })
    .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
  if (targets.length === 0) return undefined;
  const forward = event.code === KeyboardCode.Down || event.code === KeyboardCode.Right;
  const current = targets.findIndex((target) => target.id === over?.id);
  const next = current < 0 ? (forward ? 0 : targets.length - 1) : Math.min(targets.length - 1, Math.max(0, current + (forward ? 1 : -1)));
  const { rect } = targets[next]!;
  return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y: rect.top + rect.height / 2 - collisionRect.height / 2 };
};
