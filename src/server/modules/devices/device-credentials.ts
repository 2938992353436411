import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/server/env";
import { safeEqual } from "@/server/crypto";

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** An opaque deviceId: `dev_` + 20 base-36 characters (~103 random bits), easy for firmware to store. */
export function generateDeviceId(): string {
  const bytes = randomBytes(20);
  let id = "dev_";
  for (const byte of bytes) id += ID_ALPHABET[byte % 36];
  return id;
}

/** A device secret: 256 random bits, base64url (43 characters). */
export function generateDeviceSecret(): string {
  return randomBytes(32).toString("base64url");
}

function secretKey(): string {
  if (!env.DEVICE_SECRET_KEY) throw new Error("DEVICE_SECRET_KEY is not set (npm start provides one in embedded mode).");
  return env.DEVICE_SECRET_KEY;
}

/**
 * HMAC-SHA256 of a device secret. A fast keyed hash is right for 256-bit random secrets:
 * they cannot be guessed, and the boot path must not pay for a password hash. The key
 * means a stolen database alone does not let anyone check candidate secrets.
 */
export function hashDeviceSecret(secret: string): string {
  return createHmac("sha256", secretKey()).update(secret).digest("hex");
}

/** Compared against when there is no stored hash (a key-mode device), so the check costs the same. */
const NO_HASH = "0".repeat(64);

/** Constant-time check of a presented secret against a stored hash (null: the device has no secret). */
export function verifyDeviceSecret(secret: string, storedHash: string | null): boolean {
  const matches = safeEqual(hashDeviceSecret(secret), storedHash ?? NO_HASH);
  return matches && storedHash !== null;
}
