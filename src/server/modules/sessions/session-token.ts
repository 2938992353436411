import "server-only";
import { errors, jwtVerify, type JWK, type JWTHeaderParameters } from "jose";
import { createPublicKey, randomUUID, sign, type KeyObject } from "node:crypto";
import type { Db } from "@/server/db";
import { publicUrl } from "@/server/env";
import { AppError } from "@/server/errors";
import { activeSigningKey, CLOCK_TOLERANCE_SECONDS, publishedSigningKeys } from "./signing-keys";

/** `aud` of session tokens: the realtime service that accepts them. */
export const SESSION_AUDIENCE = "anima-realtime";
const TOKEN_TYPE = "at+jwt";

/** The contract's claims, plus `tv` (an extension): the device's token version when minted. */
export type SessionClaims = { sub: string; org: string; sku: string; cfg: number; agents: string[]; tv: number };

export type Session = { token: string; tokenType: "Bearer"; expiresAt: string; expiresIn: number };

/** Signs a device session token (EdDSA, header kid and typ at+jwt) with the contract's claims. */
export async function mintSessionToken(db: Db, claims: SessionClaims, ttlSeconds: number, now = new Date()): Promise<Session> {
  const { kid, key } = await activeSigningKey(db);
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ttlSeconds;
  const payload = { iss: publicUrl(), aud: SESSION_AUDIENCE, sub: claims.sub, org: claims.org, sku: claims.sku, cfg: claims.cfg, agents: claims.agents, tv: claims.tv, iat, exp, jti: randomUUID() };
  const token = await signCompactJws({ alg: "EdDSA", kid, typ: TOKEN_TYPE }, payload, key);
  return { token, tokenType: "Bearer", expiresAt: new Date(exp * 1000).toISOString(), expiresIn: ttlSeconds };
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/**
 * A compact JWS (RFC 7515) signed with node:crypto's one-shot Ed25519 `sign` in its
 * asynchronous form: the signature is computed on libuv's thread pool, and the gateway's
 * event loop spends about a third of what jose's WebCrypto path costs it per token (measured
 * with event-loop utilization; a boot is mostly this). Verification stays with jose.
 */
function signCompactJws(header: object, payload: object, key: KeyObject): Promise<string> {
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  return new Promise((resolve, reject) => {
    sign(null, Buffer.from(signingInput), key, (error, signature) => (error ? reject(error) : resolve(`${signingInput}.${signature.toString("base64url")}`)));
  });
}

/** Published public keys imported once each (keyed by kid and key): a JWK imported per verify cost a refresh ~100 µs. */
const importedKeys = new Map<string, KeyObject>();

/**
 * The key that verifies a token with this header: one of the currently published keys (a
 * retired key that is no longer published verifies nothing), as a cached KeyObject.
 */
async function verificationKey(db: Db, header: JWTHeaderParameters): Promise<KeyObject> {
  const jwk = (await publishedSigningKeys(db, header.kid)).find((key: JWK) => key.kid === header.kid && typeof key.x === "string");
  if (!jwk) throw new errors.JWKSNoMatchingKey();
  const cacheKey = `${jwk.kid}:${jwk.x}`;
  let key = importedKeys.get(cacheKey);
  if (!key) {
    key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: "jwk" });
    importedKeys.set(cacheKey, key);
  }
  return key;
}

/**
 * Verifies a Bearer session token: signature against the published keys, issuer,
 * audience, type and expiry with a small clock tolerance. Any failure is 401.
 */
export async function verifySessionToken(db: Db, token: string): Promise<SessionClaims & { exp: number }> {
  try {
    const { payload } = await jwtVerify(token, (header) => verificationKey(db, header), {
      issuer: publicUrl(),
      audience: SESSION_AUDIENCE,
      algorithms: ["EdDSA"],
      typ: TOKEN_TYPE,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["sub", "exp", "iat", "jti"],
    });
    // Tokens minted before token versions existed have no `tv`: version 0, the column's default.
    const { sub, org, sku, cfg, agents, exp, tv = 0 } = payload;
    if (typeof sub !== "string" || typeof org !== "string" || typeof sku !== "string" || typeof cfg !== "number" || !Array.isArray(agents) || typeof exp !== "number" || typeof tv !== "number") {
      throw new AppError("UNAUTHORIZED", "The session token is missing claims.", { reason: "INVALID_TOKEN" });
    }
    return { sub, org, sku, cfg, agents: agents.map(String), tv, exp };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof errors.JWTExpired) throw new AppError("UNAUTHORIZED", "The session token has expired; boot again.", { reason: "TOKEN_EXPIRED" });
    throw new AppError("UNAUTHORIZED", "The session token is not valid.", { reason: "INVALID_TOKEN" });
  }
}
