/** Key-mode device credentials for tests: an Ed25519 key pair and boot assertions signed with it. */
import { SignJWT } from "jose";
import { generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { DEVICE_BOOT_AUDIENCE } from "@/server/modules/device-runtime/authenticate";

export type DeviceKeyPair = { publicKey: string; privateKey: KeyObject };

/** A fresh Ed25519 key pair; `publicKey` in the registration format (base64url `x`). */
export function deviceKeyPair(): DeviceKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return { publicKey: publicKey.export({ format: "jwk" }).x!, privateKey };
}

export type AssertionOptions = { iss?: string; aud?: string; jti?: string; iat?: number; exp?: number; omit?: ("iat" | "exp" | "jti")[] };

/** A boot assertion as firmware would build it: EdDSA, iss = deviceId, aud, iat, exp = iat + 60 s, fresh jti. */
export function bootAssertion(keys: DeviceKeyPair, deviceId: string, options: AssertionOptions = {}): Promise<string> {
  const iat = options.iat ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, string | number> = { iss: options.iss ?? deviceId, aud: options.aud ?? DEVICE_BOOT_AUDIENCE, iat, exp: options.exp ?? iat + 60, jti: options.jti ?? randomUUID() };
  for (const name of options.omit ?? []) delete claims[name];
  return new SignJWT(claims).setProtectedHeader({ alg: "EdDSA", typ: "JWT" }).sign(keys.privateKey);
}
