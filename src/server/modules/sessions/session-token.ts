import "server-only";
import type { JWK } from "jose";
import { createPublicKey, randomUUID, sign, verify, type KeyObject } from "node:crypto";
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
 * with event-loop utilization; a boot is mostly this). Verification below does the same.
 */
function signCompactJws(header: object, payload: object, key: KeyObject): Promise<string> {
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  return new Promise((resolve, reject) => {
    sign(null, Buffer.from(signingInput), key, (error, signature) => (error ? reject(error) : resolve(`${signingInput}.${signature.toString("base64url")}`)));
  });
}

/** Published public keys imported once each (keyed by kid and key): a JWK imported per verify cost a refresh ~100 µs. */
const importedKeys = new Map<string, KeyObject>();

const invalidToken = () => new AppError("UNAUTHORIZED", "The session token is not valid.", { reason: "INVALID_TOKEN" });

/**
 * The key that verifies a token of this `kid`: one of the currently published keys (a retired
 * key that is no longer published verifies nothing), as a cached KeyObject.
 */
async function verificationKey(db: Db, kid: string): Promise<KeyObject> {
  const jwk = (await publishedSigningKeys(db, kid)).find((key: JWK) => key.kid === kid && typeof key.x === "string");
  if (!jwk) throw invalidToken();
  const cacheKey = `${jwk.kid}:${jwk.x}`;
  let key = importedKeys.get(cacheKey);
  if (!key) {
    key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: "jwk" });
    importedKeys.set(cacheKey, key);
  }
  return key;
}

/** A base64url part of a compact JWS as a JSON object; anything else is not one of our tokens. */
function jsonPart(part: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) throw invalidToken();
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // not JSON: refused below
  }
  throw invalidToken();
}

/** Ed25519 verification on libuv's thread pool (node:crypto's asynchronous one-shot form), as tokens are signed. */
function verifyEd25519(signingInput: string, key: KeyObject, signature: Buffer): Promise<boolean> {
  return new Promise((resolve) => verify(null, Buffer.from(signingInput), key, signature, (error, valid) => resolve(!error && valid)));
}

const ED25519_SIGNATURE_BYTES = 64;

/**
 * Verifies a Bearer session token — one of ours, so exactly the shape we mint: a compact JWS
 * whose header is EdDSA, `typ` at+jwt and a published `kid` (no `crit`, no unencoded payload);
 * the signature; then issuer, audience, expiry (and `nbf` if present) with a small clock
 * tolerance, and the claims' types. Any failure is 401 (TOKEN_EXPIRED for an expired token
 * with a valid signature, INVALID_TOKEN otherwise). Written for this one shape instead of
 * jose's general JWT verification: a refresh is mostly this, and the check runs on the
 * thread pool instead of the event loop (docs/performance.md). jose still verifies what devices
 * sign in key mode (authenticate.ts), and tests check our tokens with jose and the JWKS alone.
 */
export async function verifySessionToken(db: Db, token: string, now = new Date()): Promise<SessionClaims & { exp: number }> {
  const parts = token.split(".");
  if (parts.length !== 3) throw invalidToken();
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = jsonPart(headerPart);
  if (header.alg !== "EdDSA" || header.typ !== TOKEN_TYPE || typeof header.kid !== "string" || "crit" in header || "b64" in header) throw invalidToken();
  const signature = Buffer.from(signaturePart, "base64url");
  if (signature.length !== ED25519_SIGNATURE_BYTES || signature.toString("base64url") !== signaturePart) throw invalidToken();
  const key = await verificationKey(db, header.kid);
  if (!(await verifyEd25519(`${headerPart}.${payloadPart}`, key, signature))) throw invalidToken();

  const payload = jsonPart(payloadPart);
  const seconds = Math.floor(now.getTime() / 1000);
  const { iss, aud, sub, jti, iat, exp, nbf } = payload;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (iss !== publicUrl() || !audiences.includes(SESSION_AUDIENCE)) throw invalidToken();
  if (typeof sub !== "string" || typeof jti !== "string" || typeof iat !== "number" || typeof exp !== "number") throw invalidToken();
  if (nbf !== undefined && (typeof nbf !== "number" || nbf > seconds + CLOCK_TOLERANCE_SECONDS)) throw invalidToken();
  if (exp <= seconds - CLOCK_TOLERANCE_SECONDS) throw new AppError("UNAUTHORIZED", "The session token has expired; boot again.", { reason: "TOKEN_EXPIRED" });
  // Tokens minted before token versions existed have no `tv`: version 0, the column's default.
  const { org, sku, cfg, agents, tv = 0 } = payload;
  if (typeof org !== "string" || typeof sku !== "string" || typeof cfg !== "number" || !Array.isArray(agents) || typeof tv !== "number") {
    throw new AppError("UNAUTHORIZED", "The session token is missing claims.", { reason: "INVALID_TOKEN" });
  }
  return { sub, org, sku, cfg, agents: agents.map(String), tv, exp };
}
