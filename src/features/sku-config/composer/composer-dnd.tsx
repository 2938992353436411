"use client";

import { DndContext, DragOverlay, KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from "@dnd-kit/core";
import { useState, type ReactNode } from "react";
import { CatalogIcon } from "../catalog-icons";
import type { Catalog, SkuSummary } from "../config-types";
import { composerAnnouncements, dragInstructions, itemName } from "./drag-announcements";
import { composerCollisionDetection, composerKeyboardCoordinates } from "./drag-geometry";
import { parseDragId, parseDropId, resolveDrop, type DragItem, type DropOutcome } from "./drag-items";
import type { DraftLineup } from "./lineup-draft";
import { useWording } from "./rule-wording";

type ComposerDndProps = {
  draft: DraftLineup;
  catalog: Catalog;
  sku: SkuSummary;
  onDrop: (outcome: DropOutcome) => void;
  /** told when a drag starts and ends, so nothing else moves the page meanwhile */
  onDragActive: (active: boolean) => void;
  children: ReactNode;
};

/**
 * Drag and drop for the composer: catalog agents into the lineup, lineup agents into a new
 * order, catalog tools onto lineup agents. Mouse, touch (after a short press, so pages still
 * scroll) and keyboard (Space, arrows, Space) all work, with spoken announcements.
 */
export function ComposerDnd({ draft, catalog, sku, onDrop, onDragActive, children }: ComposerDndProps) {
  const [dragging, setDragging] = useState<DragItem | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: composerKeyboardCoordinates }),
  );
  const words = useWording();
  const context = { draft, catalog, sku, words };

  const onDragStart = ({ active }: DragStartEvent) => {
    setDragging(parseDragId(active.id));
    onDragActive(true);
  };
  const onDragCancel = () => {
    setDragging(null);
    onDragActive(false);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    onDragCancel();
    const item = parseDragId(active.id);
    if (!item) return;
    onDrop(resolveDrop(item, over ? parseDropId(over.id) : null, context));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={composerCollisionDetection}
      accessibility={{ announcements: composerAnnouncements(context), screenReaderInstructions: dragInstructions(words) }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      {children}
      {/* Lineup agents move in place (sortable); catalog items are carried in an overlay, their card staying put. */}
      {dragging && dragging.type !== "lineup-agent" ? (
        <DragOverlay dropAnimation={null}>
          <DragPreview item={dragging} draft={draft} catalog={catalog} sku={sku} />
        </DragOverlay>
      ) : null}
    </DndContext>
  );
}

/** What follows the pointer: a card with the item's icon and name, as large as the one picked up. */
function DragPreview({ item, ...context }: { item: DragItem; draft: DraftLineup; catalog: Catalog; sku: SkuSummary }) {
  const iconName =
    item.type === "catalog-tool"
      ? context.catalog.tools.find((tool) => tool.id === item.toolId)?.icon
      : item.type === "catalog-agent"
        ? context.catalog.agents.find((agent) => agent.id === item.agentId)?.icon
        : undefined;
  return (
    <div className="flex size-full cursor-grabbing items-center gap-2 rounded-lg border border-brand-500 bg-white/95 px-3 py-2 text-sm font-medium text-slate-900 shadow-lg ring-2 ring-brand-100">
      <CatalogIcon name={iconName} className="size-4 text-brand-600" />
      {itemName(item, context)}
    </div>
  );
}
