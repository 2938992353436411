import { importJWK, jwtVerify } from "jose";
import { LRUCache } from "lru-cache";
import { generateKeyPairSync } from "node:crypto";
import { CLOCK_TOLERANCE_SECONDS } from "@/server/modules/sessions/signing-keys";

/**
 * `aud` of a key-mode device's boot assertion. A constant rather than the deployment's URL:
 * firmware images need not know where they will be served, and `iss` (a random deviceId of
 * this deployment) already binds an assertion to one platform.
 */
export const DEVICE_BOOT_AUDIENCE = "anima-device-boot";
/** An assertion may live at most this long (`exp` no later than now + this, plus the clock tolerance). */
export const MAX_ASSERTION_LIFETIME_SECONDS = 300;
export const MAX_JTI_LENGTH = 128;

export type VerifiedAssertion = { jti: string; exp: number };

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
export async function verifyBootAssertion(assertion: string, deviceId: string, publicKey: string | null, now: Date): Promise<VerifiedAssertion | null> {
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
export function replayWindowEnd(assertion: VerifiedAssertion): Date {
  return new Date((assertion.exp + CLOCK_TOLERANCE_SECONDS) * 1000);
}
