import "server-only";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import { createPrivateKey, type KeyObject } from "node:crypto";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { onInvalidate, invalidate } from "@/server/cache/invalidation";
import { seal, unseal } from "./sealed";

/** The longest session token lifetime an organization may choose (seconds). */
export const MAX_TOKEN_TTL_SECONDS = 3600;
/** Clock tolerance verifiers allow; a retired key stays published this much longer. */
export const CLOCK_TOLERANCE_SECONDS = 30;
/** How long instances reuse what they read about keys before reading again. */
const CACHE_MS = 60_000;

/** A node:crypto key: tokens are signed with its asynchronous one-shot `sign` (see session-token.ts). */
export type ActiveKey = { kid: string; key: KeyObject };

let activeCache: { value: ActiveKey; until: number } | null = null;
let publishedCache: { value: JWK[]; until: number } | null = null;

function sealingSecret(): string {
  if (!env.SIGNING_KEY_SECRET) throw new AppError("PRECONDITION_FAILED", "SIGNING_KEY_SECRET is not configured.", { reason: "SIGNING_KEY_SECRET_MISSING" });
  return env.SIGNING_KEY_SECRET;
}

/**
 * Opens a stored private key. While a new SIGNING_KEY_SECRET is rolled out, keys still sealed
 * under the old one open with SIGNING_KEY_SECRET_PREVIOUS until `keys:reseal` has re-sealed
 * them (runbook: docs/security.md).
 */
function unsealPrivateKey(sealed: string): string {
  try {
    return unseal(sealed, sealingSecret());
  } catch (error) {
    if (!env.SIGNING_KEY_SECRET_PREVIOUS) throw error;
    return unseal(sealed, env.SIGNING_KEY_SECRET_PREVIOUS);
  }
}

/** A rotation anywhere drops what every instance knows about keys. */
onInvalidate("signing-key", () => {
  activeCache = null;
  publishedCache = null;
});

async function createKey(db: Pick<Db, "signingKey">): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "EdDSA", use: "sig" };
  const privateJwk = await exportJWK(privateKey);
  await db.signingKey.create({ data: { kid, publicJwk: publicJwk as Prisma.InputJsonObject, privateKeySealed: seal(JSON.stringify(privateJwk), sealingSecret()) } });
  return kid;
}

/**
 * Makes a new key the signer and retires the others; retired keys stay published until the
 * last token they could have signed has expired. One rotation at a time across instances.
 */
export async function rotateSigningKey(db: Db): Promise<{ kid: string; retired: string[] }> {
  const result = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('anima-signing-key-rotation'))`;
    const now = new Date();
    const publishUntil = new Date(now.getTime() + (MAX_TOKEN_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS) * 1000);
    const current = await tx.signingKey.findMany({ where: { retiredAt: null }, select: { kid: true } });
    await tx.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now, publishUntil } });
    const kid = await createKey(tx);
    await invalidate(tx, "signing-key", [kid]);
    return { kid, retired: current.map((k) => k.kid) };
  });
  return result;
}

let loadingActive: Promise<ActiveKey> | null = null;

/**
 * The key new tokens are signed with; the first one is created on first use. One load at a
 * time: when the cache lapses under load, every boot in flight waits for the same read
 * instead of each starting its own (a pool-draining stampede at a fleet's first boot).
 */
export async function activeSigningKey(db: Db): Promise<ActiveKey> {
  if (activeCache && activeCache.until > Date.now()) return activeCache.value;
  loadingActive ??= loadActiveSigningKey(db).finally(() => {
    loadingActive = null;
  });
  return loadingActive;
}

async function loadActiveSigningKey(db: Db): Promise<ActiveKey> {
  let row = await db.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: "desc" }, select: { kid: true, privateKeySealed: true } });
  if (!row) {
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('anima-signing-key-rotation'))`;
      if (!(await tx.signingKey.findFirst({ where: { retiredAt: null }, select: { kid: true } }))) await createKey(tx);
    });
    row = await db.signingKey.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { createdAt: "desc" }, select: { kid: true, privateKeySealed: true } });
    publishedCache = null;
  }
  const key = createPrivateKey({ key: JSON.parse(unsealPrivateKey(row.privateKeySealed)) as JWK & { kty: string }, format: "jwk" });
  const value = { kid: row.kid, key };
  activeCache = { value, until: Date.now() + CACHE_MS };
  return value;
}

/** Unknown kids re-read the keys at most this often (a key another instance just created). */
const UNKNOWN_KID_RELOAD_MS = 1_000;
let lastReload = 0;

/**
 * The public keys of the JWKS: the signer and retired keys whose tokens may still be valid.
 * Passing the `kid` a token names reloads early when it is not known yet.
 */
export async function publishedSigningKeys(db: Db, kid?: string): Promise<JWK[]> {
  const known = !kid || publishedCache?.value.some((key) => key.kid === kid);
  const canReload = Date.now() - lastReload > UNKNOWN_KID_RELOAD_MS;
  if (publishedCache && publishedCache.until > Date.now() && (known || !canReload)) return publishedCache.value;
  lastReload = Date.now();
  const rows = await db.signingKey.findMany({
    where: { OR: [{ retiredAt: null }, { publishUntil: { gt: new Date() } }] },
    orderBy: { createdAt: "desc" },
    select: { publicJwk: true },
  });
  const value = rows.map((row) => row.publicJwk as JWK);
  publishedCache = { value, until: Date.now() + CACHE_MS };
  return value;
}

/** Rotation is due when the signer is older than `maxAgeDays` (the gateway checks hourly). */
export async function rotateIfDue(db: Db, maxAgeDays: number): Promise<boolean> {
  const signer = await db.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  if (!signer) {
    await activeSigningKey(db); // a first key, not a rotation
    return false;
  }
  if (Date.now() - signer.createdAt.getTime() < maxAgeDays * 86_400_000) return false;
  await rotateSigningKey(db);
  return true;
}
