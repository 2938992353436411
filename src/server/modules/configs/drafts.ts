import "server-only";
import { z } from "zod";
import { ZRolloutPlan } from "@/shared/rollouts";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { validateLineup, ZLineupInput, type LineupInput } from "@/server/modules/catalog/lineup";
import { disabledCatalogItems } from "./catalog-state";
import { diffLineups } from "./lineup-diff";
import { publishLineupTx } from "./publish";
import { capabilitiesOf, emptyLineupInput, lockSku, toLineupInput } from "./sku-context";
import { readDraftLineup, readLineup, toLineupJson } from "./stored-config";
import type { UserActor } from "@/server/modules/audit/record-audit";
import { schemaMessage } from "@/shared/schema-message";

export const ZSaveDraftInput = z.object({
  skuId: z.string().min(1).max(64),
  /** the revision the edit was based on; 0 for the first save */
  revision: z.number().int().min(0),
  lineup: ZLineupInput,
});

export const ZPublishDraftInput = z.object({
  skuId: z.string().min(1).max(64),
  revision: z.number().int().min(1, schemaMessage("Save the draft before publishing.")),
  note: z.string().trim().max(500, schemaMessage("The change note is at most 500 characters.")).optional(),
  /** a staged rollout from the live version instead of every device at once (docs/rollouts.md) */
  rollout: ZRolloutPlan.optional(),
});

const editedElsewhere = () =>
  new AppError("CONFLICT", "This lineup was changed in another window or by a teammate. Reload to see the latest draft.", { reason: "DRAFT_CONFLICT" });

/**
 * What the composer shows: the draft (or, before the first edit, the current version or an
 * empty lineup), its validation issues, and whether it differs from what devices run.
 */
export async function getComposerState(db: DbTx, orgId: string, skuId: string) {
  const sku = await db.sku.findFirst({
    where: { id: skuId, orgId },
    select: {
      id: true, code: true, name: true, defaultLanguage: true, hasCamera: true, hasMic: true, hasSpeaker: true, hasScreen: true, currentConfigVersion: true,
      activeRollout: { select: { id: true, toVersion: true, status: true } },
    },
  });
  if (!sku) throw new AppError("NOT_FOUND", "SKU not found.", { reason: "SKU_NOT_FOUND" });
  const [draft, current, disabled] = await Promise.all([
    db.skuConfigDraft.findUnique({ where: { skuId }, select: { lineup: true, revision: true, updatedAt: true, updatedByUserId: true } }),
    sku.currentConfigVersion
      ? db.skuConfigVersion.findUnique({ where: { skuId_version: { skuId, version: sku.currentConfigVersion } }, select: { version: true, lineup: true, createdAt: true } })
      : null,
    disabledCatalogItems(db),
  ]);
  const currentLineup = current ? readLineup(current.lineup) : null;
  const lineup: LineupInput = draft ? readDraftLineup(draft.lineup) : currentLineup ? toLineupInput(currentLineup) : emptyLineupInput(sku.defaultLanguage);
  const capabilities = capabilitiesOf(sku);
  const checked = validateLineup(lineup, { capabilities, disabled }, { forPublish: true });
  const updatedBy = draft?.updatedByUserId ? await db.user.findUnique({ where: { id: draft.updatedByUserId }, select: { name: true, email: true } }) : null;
  return {
    sku: { id: sku.id, code: sku.code, name: sku.name, capabilities },
    draft: { lineup, revision: draft?.revision ?? 0, updatedAt: draft?.updatedAt ?? null, updatedBy: updatedBy ? (updatedBy.name ?? updatedBy.email) : null },
    issues: checked.issues,
    current: current ? { version: current.version, publishedAt: current.createdAt } : null,
    /** a staged rollout in progress: no other version can be published until it ends */
    rollout: sku.activeRollout ? { rolloutId: sku.activeRollout.id, toVersion: sku.activeRollout.toVersion, status: sku.activeRollout.status } : null,
    /** the draft would publish something other than the current version */
    unpublishedChanges: !currentLineup || !checked.lineup || diffLineups(currentLineup, checked.lineup).length > 0,
  };
}

/** Autosave: stores the lineup as edited (valid or not) if nobody saved in between. */
export async function saveDraft(db: Db, orgId: string, editor: UserActor, input: z.infer<typeof ZSaveDraftInput>) {
  return db.$transaction(async (tx) => {
    const sku = await lockSku(tx, orgId, input.skuId);
    const existing = await tx.skuConfigDraft.findUnique({ where: { skuId: sku.id }, select: { revision: true } });
    if ((existing?.revision ?? 0) !== input.revision) throw editedElsewhere();
    const lineup = toLineupJson(input.lineup);
    const saved = await tx.skuConfigDraft.upsert({
      where: { skuId: sku.id },
      create: { skuId: sku.id, orgId, lineup, revision: 1, updatedByUserId: editor.userId },
      update: { lineup, revision: { increment: 1 }, updatedByUserId: editor.userId },
      select: { revision: true, updatedAt: true },
    });
    const { issues } = validateLineup(input.lineup, { capabilities: capabilitiesOf(sku), disabled: await disabledCatalogItems(tx) }, { forPublish: true });
    return { revision: saved.revision, savedAt: saved.updatedAt, issues };
  });
}

/** Publishes the saved draft exactly as the author last saw it (same revision). */
export async function publishDraft(db: Db, orgId: string, editor: UserActor, input: z.infer<typeof ZPublishDraftInput>) {
  return db.$transaction(async (tx) => {
    await lockSku(tx, orgId, input.skuId);
    const draft = await tx.skuConfigDraft.findUnique({ where: { skuId: input.skuId }, select: { lineup: true, revision: true } });
    if (!draft || draft.revision !== input.revision) throw editedElsewhere();
    return publishLineupTx(tx, orgId, editor, { skuId: input.skuId, lineup: readDraftLineup(draft.lineup), note: input.note || null, rollout: input.rollout });
  });
}

export const ZRollbackInput = z.object({
  skuId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  note: z.string().trim().max(500).optional(),
});

/** Publishes a copy of an older version as the next number, and resets the draft to it. */
export async function rollbackTo(db: Db, orgId: string, editor: UserActor, input: z.infer<typeof ZRollbackInput>) {
  return db.$transaction(async (tx) => {
    await lockSku(tx, orgId, input.skuId);
    const source = await tx.skuConfigVersion.findUnique({ where: { skuId_version: { skuId: input.skuId, version: input.version } }, select: { lineup: true, orgId: true } });
    if (!source || source.orgId !== orgId) throw new AppError("NOT_FOUND", `Version ${input.version} does not exist.`, { reason: "VERSION_NOT_FOUND" });
    const lineup = toLineupInput(readLineup(source.lineup));
    const published = await publishLineupTx(tx, orgId, editor, { skuId: input.skuId, lineup, note: input.note || `Rollback to version ${input.version}`, rolledBackFrom: input.version });
    const json = toLineupJson(lineup);
    await tx.skuConfigDraft.upsert({
      where: { skuId: input.skuId },
      create: { skuId: input.skuId, orgId, lineup: json, updatedByUserId: editor.userId },
      update: { lineup: json, revision: { increment: 1 }, updatedByUserId: editor.userId },
    });
    return published;
  });
}
