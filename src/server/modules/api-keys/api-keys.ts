import "server-only";
import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { randomToken, sha256 } from "@/server/crypto";
import type { Role } from "@/generated/prisma/enums";
import { recordAudit, type Actor, type UserActor } from "@/server/modules/audit/record-audit";
import { emitEvent } from "@/server/modules/events/emit";
import { API_SCOPES, keyAccess, ROLE_LABELS, roleAllowsScope, type ApiScope, type KeyCap } from "@/shared/permissions";
import { DEFAULT_API_KEY_EXPIRY_DAYS } from "@/shared/api-key-expiry";
import { schemaMessage } from "@/shared/schema-message";

const KEY_PREFIX = "anima_sk_";
/** How many leading characters of a key are stored in clear to help people recognise it. */
const DISPLAY_LENGTH = KEY_PREFIX.length + 6;

export const ZCreateApiKeyInput = z.object({
  name: z
    .string(schemaMessage("Give the key a name."))
    .trim()
    .min(1, schemaMessage("Give the key a name."))
    .max(80, schemaMessage("Key names are at most 80 characters.")),
  scopes: z
    .array(z.enum(API_SCOPES, schemaMessage(`Scopes are ${API_SCOPES.join(", ")}.`)))
    .min(1, schemaMessage("Choose at least one scope."))
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
  creator: { actor: UserActor; role: Role } | null,
  input: z.output<typeof ZCreateApiKeyInput>,
) {
  if (creator) {
    const denied = input.scopes.filter((scope) => !roleAllowsScope(creator.role, scope));
    if (denied.length > 0) {
      throw new AppError("FORBIDDEN", `Your role cannot grant ${denied.join(", ")}.`, { reason: "SCOPE_NOT_ALLOWED" });
    }
  }
  const key = `${KEY_PREFIX}${randomToken(32)}`;
  const actor: Actor = creator?.actor ?? { type: "system", label: "operator-cli" };
  return db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        orgId,
        name: input.name,
        prefix: key.slice(0, DISPLAY_LENGTH),
        hash: sha256(key),
        scopes: input.scopes,
        createdById: creator?.actor.userId ?? null,
        operatorIssued: creator === null,
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
    await emitEvent(tx, {
      orgId,
      type: "api_key.created",
      data: { apiKeyId: created.id, name: created.name, prefix: created.prefix, scopes: created.scopes, expiresAt: created.expiresAt?.toISOString() ?? null },
      at: created.createdAt,
    });
    return { ...created, key };
  });
}

/**
 * Keys of an organization, newest first; never the hash. Each with what it may still do
 * (`effectiveScopes`) and why that is less than it was given: its creator's current role,
 * or `creatorGone` when the creator left the organization or was deleted.
 */
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
      operatorIssued: true,
      createdBy: { select: { name: true, email: true, memberships: { where: { orgId }, select: { role: true } } } },
    },
  });
  return rows.map(({ createdBy, operatorIssued, ...row }) => {
    const creatorRole = createdBy?.memberships[0]?.role ?? null;
    const access = keyAccess(row.scopes, operatorIssued ? "operator" : creatorRole);
    return {
      ...row,
      createdBy: operatorIssued ? "Operator CLI" : createdBy ? (createdBy.name ?? createdBy.email) : "Deleted account",
      effectiveScopes: access.scopes,
      /** set when the key may do less than it was given; `creatorRole` null: the creator left or was deleted */
      limitedBy: access.limited ? { creatorRole } : null,
    };
  });
}

export async function revokeApiKey(db: Db, orgId: string, actor: Actor, apiKeyId: string) {
  await db.$transaction(async (tx) => {
    const revoked = await tx.apiKey.updateMany({
      where: { id: apiKeyId, orgId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw new AppError("NOT_FOUND", "No active API key with that id.", { reason: "API_KEY_NOT_FOUND" });
    await recordAudit(tx, { orgId, actor, action: "apikey.revoked", targetType: "apiKey", targetId: apiKeyId });
  });
}

/** An authenticated key: its organization, what it may do, and the role that limits it (if it does). */
export type ApiKeyPrincipal = { apiKeyId: string; orgId: string; name: string; scopes: ApiScope[]; limitedBy: Role | null };

const invalidKey = () => new AppError("UNAUTHORIZED", "Missing or invalid API key.", { reason: "INVALID_API_KEY" });

type KeyRow = {
  id: string;
  orgId: string;
  name: string;
  scopes: string[];
  operatorIssued: boolean;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  /** the creator's role in the key's own organization; null when not a member of it (or deleted) */
  creatorRole: Role | null;
};

/**
 * Resolves a presented key to its organization and effective scopes: those its creator's
 * current role in that organization still holds (read in the same query as the key; keys
 * are not cached, so a demotion or removal applies to the next call). A key left with no
 * scope — its creator demoted to a role holding none of them, removed or deleted — answers
 * 403 to everything. Keys of the operator CLI keep their scopes.
 */
export async function authenticateApiKey(db: Db, presented: string | null): Promise<ApiKeyPrincipal> {
  if (!presented?.startsWith(KEY_PREFIX) || presented.length > 200) throw invalidKey();
  const [key] = await db.$queryRaw<KeyRow[]>`
    SELECT k.id, k."orgId", k.name, k.scopes, k."operatorIssued", k."expiresAt", k."revokedAt", k."lastUsedAt", m.role AS "creatorRole"
    FROM "ApiKey" k LEFT JOIN "Membership" m ON m."orgId" = k."orgId" AND m."userId" = k."createdById"
    WHERE k.hash = ${sha256(presented)}`;
  if (!key) throw invalidKey();
  if (key.revokedAt) throw new AppError("UNAUTHORIZED", "This API key has been revoked.", { reason: "API_KEY_REVOKED" });
  if (key.expiresAt && key.expiresAt < new Date()) {
    throw new AppError("UNAUTHORIZED", "This API key has expired.", { reason: "API_KEY_EXPIRED" });
  }
  const cap: KeyCap = key.operatorIssued ? "operator" : key.creatorRole;
  const access = keyAccess(key.scopes, cap);
  if (access.scopes.length === 0) throw holdsNothing(cap);
  await touchLastUsed(db, key.id, key.lastUsedAt);
  const limitedBy = access.limited && cap !== "operator" ? cap : null;
  return { apiKeyId: key.id, orgId: key.orgId, name: key.name, scopes: access.scopes, limitedBy };
}

/** 403 for a key left with no scope, saying why. */
function holdsNothing(cap: KeyCap): AppError {
  if (cap === null) {
    const message = "This API key's creator is no longer a member of the organization, so the key holds no scopes.";
    return new AppError("FORBIDDEN", message, { reason: "API_KEY_CREATOR_GONE" });
  }
  const why = cap === "operator" ? "none of its scopes exists any more" : `its creator's role is now ${ROLE_LABELS[cap].toLowerCase()}, which holds none of them`;
  return new AppError("FORBIDDEN", `This API key holds no scopes: ${why}.`, { reason: "API_KEY_NO_SCOPES" });
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
