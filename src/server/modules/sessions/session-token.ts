import { createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify, SignJWT } from "jose";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";
import { publicUrl } from "@/server/env";
import { AppError } from "@/server/errors";
import { activeSigningKey, CLOCK_TOLERANCE_SECONDS, publishedSigningKeys } from "./signing-keys";

/** `aud` of session tokens: the realtime service that accepts them. */
export const SESSION_AUDIENCE = "anima-realtime";
const TOKEN_TYPE = "at+jwt";

export type SessionClaims = { sub: string; org: string; sku: string; cfg: number; agents: string[] };

export type Session = { token: string; tokenType: "Bearer"; expiresAt: string; expiresIn: number };

/** Signs a device session token (EdDSA, header kid and typ at+jwt) with the contract's claims. */
export async function mintSessionToken(db: Db, claims: SessionClaims, ttlSeconds: number, now = new Date()): Promise<Session> {
  const { kid, key } = await activeSigningKey(db);
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ttlSeconds;
  const token = await new SignJWT({ org: claims.org, sku: claims.sku, cfg: claims.cfg, agents: claims.agents })
    .setProtectedHeader({ alg: "EdDSA", kid, typ: TOKEN_TYPE })
    .setIssuer(publicUrl())
    .setAudience(SESSION_AUDIENCE)
    .setSubject(claims.sub)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(randomUUID())
    .sign(key);
  return { token, tokenType: "Bearer", expiresAt: new Date(exp * 1000).toISOString(), expiresIn: ttlSeconds };
}

/**
 * Verifies a Bearer session token: signature against the published keys, issuer,
 * audience, type and expiry with a small clock tolerance. Any failure is 401.
 */
export async function verifySessionToken(db: Db, token: string): Promise<SessionClaims & { exp: number }> {
  try {
    const keys = createLocalJWKSet({ keys: await publishedSigningKeys(db, decodeProtectedHeader(token).kid) });
    const { payload } = await jwtVerify(token, keys, {
      issuer: publicUrl(),
      audience: SESSION_AUDIENCE,
      algorithms: ["EdDSA"],
      typ: TOKEN_TYPE,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["sub", "exp", "iat", "jti"],
    });
    const { sub, org, sku, cfg, agents, exp } = payload;
    if (typeof sub !== "string" || typeof org !== "string" || typeof sku !== "string" || typeof cfg !== "number" || !Array.isArray(agents) || typeof exp !== "number") {
      throw new AppError("UNAUTHORIZED", "The session token is missing claims.", "INVALID_TOKEN");
    }
    return { sub, org, sku, cfg, agents: agents.map(String), exp };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof errors.JWTExpired) throw new AppError("UNAUTHORIZED", "The session token has expired; boot again.", "TOKEN_EXPIRED");
    throw new AppError("UNAUTHORIZED", "The session token is not valid.", "INVALID_TOKEN");
  }
}
