import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { diffLineups } from "./lineup-diff";
import { readDeviceConfig, readLineup } from "./stored-config";
import { userDisplayNames } from "@/server/modules/audit/actor-names";

export const ZListVersionsInput = z.object({
  skuId: z.string().min(1).max(64),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(10),
});

const SUMMARY = { version: true, note: true, createdAt: true, rolledBackFrom: true, publishedByUserId: true, publishedByApiKeyId: true, lineup: true } as const;

type SummaryRow = { version: number; note: string | null; createdAt: Date; rolledBackFrom: number | null; publishedByUserId: string | null; publishedByApiKeyId: string | null; lineup: Prisma.JsonValue };

async function summaries(db: DbTx, rows: SummaryRow[], current: number | null) {
  const nameOf = await userDisplayNames(db, rows.map((r) => r.publishedByUserId));
  return rows.map(({ publishedByUserId, publishedByApiKeyId, lineup, ...row }) => ({
    ...row,
    current: row.version === current,
    agents: readLineup(lineup).agents.map((a) => a.agentId),
    publishedBy: publishedByUserId ? nameOf(publishedByUserId) : publishedByApiKeyId ? "API key" : "system",
  }));
}

async function skuOrThrow(db: DbTx, orgId: string, skuId: string) {
  const sku = await db.sku.findFirst({ where: { id: skuId, orgId }, select: { id: true, currentConfigVersion: true } });
  if (!sku) throw new AppError("NOT_FOUND", "SKU not found.", { reason: "SKU_NOT_FOUND" });
  return sku;
}

/** A SKU's published versions, newest first. */
export async function listVersions(db: DbTx, orgId: string, input: z.infer<typeof ZListVersionsInput>) {
  const sku = await skuOrThrow(db, orgId, input.skuId);
  const [total, rows] = await Promise.all([
    db.skuConfigVersion.count({ where: { skuId: sku.id } }),
    db.skuConfigVersion.findMany({ where: { skuId: sku.id }, orderBy: { version: "desc" }, skip: (input.page - 1) * input.pageSize, take: input.pageSize, select: SUMMARY }),
  ]);
  return { items: await summaries(db, rows, sku.currentConfigVersion), total, page: input.page, pageSize: input.pageSize };
}

async function versionRow(db: DbTx, skuId: string, version: number) {
  const row = await db.skuConfigVersion.findUnique({ where: { skuId_version: { skuId, version } }, select: { ...SUMMARY, deviceConfig: true } });
  if (!row) throw new AppError("NOT_FOUND", `Version ${version} does not exist.`, { reason: "VERSION_NOT_FOUND" });
  return row;
}

/** One version with its lineup and the exact device config JSON. */
export async function getVersion(db: DbTx, orgId: string, skuId: string, version: number) {
  const sku = await skuOrThrow(db, orgId, skuId);
  const row = await versionRow(db, sku.id, version);
  const [summary] = await summaries(db, [row], sku.currentConfigVersion);
  return { ...summary!, lineup: readLineup(row.lineup), deviceConfig: readDeviceConfig(row.deviceConfig) };
}

/** What changed between two versions of a SKU. */
export async function diffVersions(db: DbTx, orgId: string, skuId: string, from: number, to: number) {
  const sku = await skuOrThrow(db, orgId, skuId);
  const [a, b] = await Promise.all([versionRow(db, sku.id, from), versionRow(db, sku.id, to)]);
  return { from, to, changes: diffLineups(readLineup(a.lineup), readLineup(b.lineup)) };
}
