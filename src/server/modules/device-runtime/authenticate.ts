import "server-only";
/**
 * Boot credentials: a device proves itself with its secret, or (key mode) with an Ed25519
 * assertion it signed, used once. Every failure is one answer (deviceRefusals.invalidCredentials).
 */
import { importJWK, jwtVerify } from "jose";
import { LRUCache } from "lru-cache";
import { generateKeyPairSync } from "node:crypto";
import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import { verifyDeviceSecret } from "@/server/modules/devices/device-credentials";
import { CLOCK_TOLERANCE_SECONDS } from "@/server/modules/sessions/signing-keys";
import { loadDevice, type DeviceView } from "./load";
import { deviceRefusals } from "./refusals";
import { errorText } from "@/server/errors";

/** What a device presents at boot: its secret, or (key mode) an assertion signed with its key. */
export type BootCredentials = { deviceId: string; secret?: string; assertion?: string };

/** The device behind valid boot credentials, or a 401. */
export async function authenticateDevice(db: Db, credentials: BootCredentials, now: Date): Promise<DeviceView> {
  const device = await loadDevice(db, credentials.deviceId);
  if (credentials.assertion === undefined) {
    // Checked even for an unknown device, so both failures cost the same.
    const secretOk = verifyDeviceSecret(credentials.secret ?? "", device?.secretHash ?? null);
    if (!device || !secretOk) throw deviceRefusals.invalidCredentials("secret");
    return device;
  }
  const verified = await verifyBootAssertion(credentials.assertion, credentials.deviceId, device?.publicKey ?? null, now);
  if (!device || !verified) throw deviceRefusals.invalidCredentials("assertion");
  if (!(await claimAssertionId(db, device.id, verified.jti, replayWindowEnd(verified)))) throw deviceRefusals.assertionReplayed();
  return device;
}

// ── key mode: the assertion ──────────────────────────────────────────────────

/**
 * `aud` of a key-mode device's boot assertion. A constant rather than the deployment's URL:
 * firmware images need not know where they will be served, and `iss` (a random deviceId of
 * this deployment) already binds an assertion to one platform.
 */
export const DEVICE_BOOT_AUDIENCE = "anima-device-boot";
/** An assertion may live at most this long (`exp` no later than now + this, plus the clock tolerance). */
const MAX_ASSERTION_LIFETIME_SECONDS = 300;
const MAX_JTI_LENGTH = 128;

type VerifiedAssertion = { jti: string; exp: number };

type CryptoKeyLike = Awaited<ReturnType<typeof importJWK>>;
/** Imported device keys, by their base64url `x`: importing costs more than the verification itself. */
const importedKeys = new LRUCache<string, CryptoKeyLike>({ max: 20_000 });
/** Verified against when the device is unknown or not in key mode, so every refusal costs the same. */
const DECOY_X = generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x!;

async function importDeviceKey(x: string): Promise<CryptoKeyLike> {
  let key = importedKeys.get(x);
  if (!key) {
    key = await importJWK({ kty: "OKP", crv: "Ed25519", x }, "EdDSA");
    importedKeys.set(x, key);
  }
  return key;
}

/**
 * Checks a boot assertion against a device's public key (null: not a key-mode device):
 * EdDSA only, `iss` the deviceId, `aud` the boot audience, `iat` not in the future, `exp`
 * present and at most 5 minutes ahead, a `jti`. Returns null on any failure, without saying
 * which: the caller answers every one as invalid credentials.
 */
async function verifyBootAssertion(assertion: string, deviceId: string, publicKey: string | null, now: Date): Promise<VerifiedAssertion | null> {
  try {
    const key = await importDeviceKey(publicKey ?? DECOY_X);
    const { payload } = await jwtVerify(assertion, key, {
      algorithms: ["EdDSA"],
      issuer: deviceId,
      audience: DEVICE_BOOT_AUDIENCE,
      requiredClaims: ["iss", "aud", "exp", "iat", "jti"],
      maxTokenAge: MAX_ASSERTION_LIFETIME_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: now,
    });
    const { jti, exp } = payload;
    const latestExp = Math.floor(now.getTime() / 1000) + MAX_ASSERTION_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS;
    if (publicKey === null || typeof jti !== "string" || jti.length === 0 || jti.length > MAX_JTI_LENGTH || typeof exp !== "number" || exp > latestExp) return null;
    return { jti, exp };
  } catch {
    return null;
  }
}

/** Until when a used `jti` must be remembered: after it, the assertion fails its expiry check anyway. */
function replayWindowEnd(assertion: VerifiedAssertion): Date {
  return new Date((assertion.exp + CLOCK_TOLERANCE_SECONDS) * 1000);
}

// ── key mode: replay ─────────────────────────────────────────────────────────

const PRUNE_EVERY_MS = 60_000;
const PRUNE_CHUNK = 10_000;
let lastPrune = 0;

/**
 * Records a boot assertion's `jti` for its device; false when it was used before. One
 * INSERT … ON CONFLICT DO NOTHING in the shared database: of any number of concurrent
 * boots on any number of gateway instances, exactly one claims a given (deviceId, jti).
 */
async function claimAssertionId(db: Db, deviceId: string, jti: string, keepUntil: Date): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "DeviceAssertion" ("deviceId", "jti", "expiresAt") VALUES (${deviceId}, ${jti}, ${keepUntil}) ON CONFLICT DO NOTHING`;
  pruneOccasionally(db);
  return inserted === 1;
}

/**
 * Drops rows whose assertions have expired, at most once a minute per process, off the
 * request's path: the table holds only the last few minutes of key-mode boots.
 */
function pruneOccasionally(db: Db, now = Date.now()): void {
  if (now - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = now;
  void pruneExpiredAssertions(db, new Date(now)).catch((error: unknown) =>
    logger.warn("pruning used boot assertions failed", { error: errorText(error) }),
  );
}

export function pruneExpiredAssertions(db: Db, now = new Date()): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "DeviceAssertion" WHERE ("deviceId", "jti") IN (
      SELECT "deviceId", "jti" FROM "DeviceAssertion" WHERE "expiresAt" < ${now} LIMIT ${PRUNE_CHUNK})`;
}
