import "server-only";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { UserActor } from "@/server/modules/audit/record-audit";
import { findAgent, findTool } from "@/server/modules/catalog/registry";

/** Catalog items the operator switched off: not offered, refused at publish. */
export async function disabledCatalogItems(db: DbTx): Promise<Set<string>> {
  const rows = await db.catalogItemSetting.findMany({ where: { disabled: true }, select: { itemId: true } });
  return new Set(rows.map((row) => row.itemId));
}

/** Devices keep configs published before an item was disabled; new publishes refuse it. */
export async function setCatalogItemDisabled(db: Db, operator: UserActor, itemId: string, disabled: boolean) {
  if (!findAgent(itemId) && !findTool(itemId)) throw new AppError("NOT_FOUND", `No agent or tool "${itemId}" in the catalog.`, { reason: "CATALOG_ITEM_NOT_FOUND" });
  await db.catalogItemSetting.upsert({
    where: { itemId },
    create: { itemId, disabled, updatedByUserId: operator.userId },
    update: { disabled, updatedByUserId: operator.userId },
  });
  return { itemId, disabled };
}
