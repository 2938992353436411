import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { randomToken, sha256 } from "@/server/crypto";
import type { Role } from "@/generated/prisma/enums";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { API_SCOPES, roleAllowsScope, type ApiScope } from "@/server/modules/organizations/permissions";
import { DEFAULT_API_KEY_EXPIRY_DAYS } from "./expiry";

const KEY_PREFIX = "anima_sk_";
/** How many leading characters of a key are stored in clear to help people recognise it. */
const DISPLAY_LENGTH = KEY_PREFIX.length + 6;

export const ZCreateApiKeyInput = z.object({
  name: z
    .string({ message: "Give the key a name." })
    .trim()
    .min(1, { message: "Give the key a name." })
    .max(80, { message: "Key names are at most 80 characters." }),
  scopes: z
    .array(z.enum(API_SCOPES, { message: `Scopes are ${API_SCOPES.join(", ")}.` }))
    .min(1, { message: "Choose at least one scope." })
    .max(API_SCOPES.length)
    .transform((scopes) => [...new Set(scopes)]),
  /** null: never expires. */
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(DEFAULT_API_KEY_EXPIRY_DAYS),
});
export type TCreateApiKeyInput = z.input<typeof ZCreateApiKeyInput>;

/**
 * Creates a key for an organization. The full key is returned once; only its SHA-256 is
 * stored. `creator` is the member creating it (null for the operator CLI): a key never
 * carries a scope the creator's role could not exercise.
 */
export async function createApiKey(
  db: Db,
  orgId: string,
  creator: { userId: string; role: Role } | null,
  input: z.output<typeof ZCreateApiKeyInput>,
) {
  if (creator) {
    const denied = input.scopes.filter((scope) => !roleAllowsScope(creator.role, scope));
    if (denied.length > 0) {
      throw new AppError("FORBIDDEN", `Your role cannot grant ${denied.join(", ")}.`, "SCOPE_NOT_ALLOWED");
    }
  }
  const key = `${KEY_PREFIX}${randomToken(32)}`;
  const actor: Actor = creator ? { type: "user", userId: creator.userId } : { type: "system", label: "operator-cli" };
  return db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        orgId,
        name: input.name,
        prefix: key.slice(0, DISPLAY_LENGTH),
        hash: sha256(key),
        scopes: input.scopes,
        createdById: creator?.userId ?? null,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
      },
      select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "apikey.created",
      targetType: "apiKey",
      targetId: created.id,
      metadata: { name: created.name, prefix: created.prefix, scopes: created.scopes },
    });
    return { ...created, key };
  });
}

/** Keys of an organization, newest first; never the hash. */
export async function listApiKeys(db: DbTx, orgId: string) {
  const rows = await db.apiKey.findMany({
    where: { orgId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({
    ...row,
    createdBy: createdBy ? (createdBy.name ?? createdBy.email) : "Operator CLI",
  }));
}

export async function revokeApiKey(db: Db, orgId: string, actor: Actor, apiKeyId: string) {
  await db.$transaction(async (tx) => {
    const revoked = await tx.apiKey.updateMany({
      where: { id: apiKeyId, orgId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw new AppError("NOT_FOUND", "No active API key with that id.", "API_KEY_NOT_FOUND");
    await recordAudit(tx, { orgId, actor, action: "apikey.revoked", targetType: "apiKey", targetId: apiKeyId });
  });
}

export type ApiKeyPrincipal = { apiKeyId: string; orgId: string; name: string; scopes: ApiScope[] };

const invalidKey = () => new AppError("UNAUTHORIZED", "Missing or invalid API key.", "INVALID_API_KEY");

/**
 * Resolves a presented key to its organization and effective scopes. The scopes shrink
 * with the creator's current role, and the key stops working if the creator leaves.
 */
export async function authenticateApiKey(db: Db, presented: string | null): Promise<ApiKeyPrincipal> {
  if (!presented?.startsWith(KEY_PREFIX) || presented.length > 200) throw invalidKey();
  const key = await db.apiKey.findUnique({
    where: { hash: sha256(presented) },
    select: { id: true, orgId: true, name: true, scopes: true, createdById: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  if (!key) throw invalidKey();
  if (key.revokedAt) throw new AppError("UNAUTHORIZED", "This API key has been revoked.", "API_KEY_REVOKED");
  if (key.expiresAt && key.expiresAt < new Date()) {
    throw new AppError("UNAUTHORIZED", "This API key has expired.", "API_KEY_EXPIRED");
  }
  let scopes = key.scopes.filter((scope): scope is ApiScope => (API_SCOPES as readonly string[]).includes(scope));
  if (key.createdById) {
    const creator = await db.membership.findUnique({
      where: { orgId_userId: { orgId: key.orgId, userId: key.createdById } },
      select: { role: true },
    });
    if (!creator) {
      throw new AppError("UNAUTHORIZED", "This API key's creator has left the organization.", "API_KEY_CREATOR_GONE");
    }
    scopes = scopes.filter((scope) => roleAllowsScope(creator.role, scope));
  }
  await touchLastUsed(db, key.id, key.lastUsedAt);
  return { apiKeyId: key.id, orgId: key.orgId, name: key.name, scopes };
}

/** Records use at most once a minute per key, so busy keys don't turn reads into writes. */
async function touchLastUsed(db: Db, apiKeyId: string, lastUsedAt: Date | null) {
  const now = Date.now();
  if (lastUsedAt && now - lastUsedAt.getTime() < 60_000) return;
  await db.apiKey.updateMany({
    where: { id: apiKeyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - 60_000) } }] },
    data: { lastUsedAt: new Date(now) },
  });
}
