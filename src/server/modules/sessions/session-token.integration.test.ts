import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, generateKeyPair } from "jose";
import { sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { publicUrl } from "@/server/env";
import { mintSessionToken, SESSION_AUDIENCE, verifySessionToken } from "./session-token";
import { activeSigningKey, publishedSigningKeys, rotateSigningKey } from "./signing-keys";

const CLAIMS = { sub: "dev_1", org: "org_1", sku: "sku_1", cfg: 3, agents: ["kids-companion"], tv: 0 };

describe("session tokens", () => {
  it("are EdDSA JWTs with the contract's header and claims, verifiable with the published keys alone", async () => {
    const session = await mintSessionToken(db, CLAIMS, 900);
    expect(session).toMatchObject({ tokenType: "Bearer", expiresIn: 900 });
    const header = decodeProtectedHeader(session.token);
    expect(header).toMatchObject({ alg: "EdDSA", typ: "at+jwt", kid: expect.any(String) });
    const jwks = { keys: await publishedSigningKeys(db) };
    expect(jwks.keys.every((k) => k.kty === "OKP" && k.crv === "Ed25519" && k.alg === "EdDSA" && k.use === "sig" && !("d" in k))).toBe(true);
    const { payload } = await jwtVerify(session.token, createLocalJWKSet(jwks), { issuer: publicUrl(), audience: SESSION_AUDIENCE });
    expect(payload).toMatchObject({ ...CLAIMS, iss: publicUrl(), aud: SESSION_AUDIENCE, jti: expect.any(String) });
    expect(payload.exp! - payload.iat!).toBe(900);
    expect(await verifySessionToken(db, session.token)).toMatchObject(CLAIMS);
  });

  it("stores signing keys sealed: no private key material in the database in the clear", async () => {
    await mintSessionToken(db, CLAIMS, 60);
    const rows = await db.signingKey.findMany();
    for (const row of rows) {
      expect(JSON.stringify(row.publicJwk)).not.toContain('"d"');
      expect(row.privateKeySealed).not.toContain('"d"');
      expect(row.privateKeySealed.split(".")).toHaveLength(3);
    }
  });

  it("after a rotation, old tokens still verify until they expire and new tokens use the new kid", async () => {
    const before = await mintSessionToken(db, CLAIMS, 900);
    const oldKid = decodeProtectedHeader(before.token).kid;
    const { kid } = await rotateSigningKey(db);
    const after = await mintSessionToken(db, CLAIMS, 900);
    expect(decodeProtectedHeader(after.token).kid).toBe(kid);
    expect(kid).not.toBe(oldKid);
    const published = (await publishedSigningKeys(db)).map((k) => k.kid);
    expect(published).toEqual(expect.arrayContaining([kid, oldKid]));
    await expect(verifySessionToken(db, before.token)).resolves.toMatchObject({ sub: "dev_1" });
    await expect(verifySessionToken(db, after.token)).resolves.toMatchObject({ sub: "dev_1" });
  });

  it("refuses expired, forged, foreign-audience and tampered tokens with 401 reasons", async () => {
    const expired = await mintSessionToken(db, CLAIMS, 60, new Date(Date.now() - 3600_000));
    await expect(verifySessionToken(db, expired.token)).rejects.toMatchObject({ code: "UNAUTHORIZED", reason: "TOKEN_EXPIRED" });
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const forged = await new SignJWT({ ...CLAIMS }).setProtectedHeader({ alg: "EdDSA", kid: "forged", typ: "at+jwt" }).setIssuer(publicUrl()).setAudience(SESSION_AUDIENCE).setIssuedAt().setExpirationTime("5m").setJti("x").sign(privateKey);
    await expect(verifySessionToken(db, forged)).rejects.toMatchObject({ reason: "INVALID_TOKEN" });
    const genuine = (await mintSessionToken(db, CLAIMS, 600)).token;
    const [h, p, s] = genuine.split(".");
    const claims = JSON.parse(Buffer.from(p!, "base64url").toString());
    const tampered = [h, Buffer.from(JSON.stringify({ ...claims, org: "org_evil" })).toString("base64url"), s].join(".");
    await expect(verifySessionToken(db, tampered)).rejects.toMatchObject({ reason: "INVALID_TOKEN" });
    await expect(verifySessionToken(db, "not.a.jwt")).rejects.toMatchObject({ reason: "INVALID_TOKEN" });
  });

  it("refuses a token signed with our own key but for another audience, issuer or type", async () => {
    const { kid, key } = await activeSigningKey(db);
    const signed = (change: { aud?: string; iss?: string; typ?: string }) =>
      new SignJWT({ ...CLAIMS })
        .setProtectedHeader({ alg: "EdDSA", kid, typ: change.typ ?? "at+jwt" })
        .setIssuer(change.iss ?? publicUrl())
        .setAudience(change.aud ?? SESSION_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime("5m")
        .setJti("j")
        .sign(key);
    await expect(verifySessionToken(db, await signed({}))).resolves.toMatchObject({ sub: "dev_1" }); // the control: as minted
    for (const change of [{ aud: "someone-else" }, { iss: "https://evil.example" }, { typ: "JWT" }]) {
      await expect(verifySessionToken(db, await signed(change)), JSON.stringify(change)).rejects.toMatchObject({ code: "UNAUTHORIZED", reason: "INVALID_TOKEN" });
    }
  });

  it("refuses tokens not shaped as we mint them, even signed with our key: another algorithm, crit, missing exp, iat or jti, nbf ahead", async () => {
    const { kid, key } = await activeSigningKey(db);
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...CLAIMS, iss: publicUrl(), aud: SESSION_AUDIENCE, iat: now, exp: now + 300, jti: "j" };
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    /** A compact JWS signed by our key over exactly this header and payload (what jose's builders would not let us write). */
    const signedRaw = (header: object, body: object) => {
      const input = `${encode(header)}.${encode(body)}`;
      return `${input}.${sign(null, Buffer.from(input), key).toString("base64url")}`;
    };
    const header = { alg: "EdDSA", kid, typ: "at+jwt" };
    await expect(verifySessionToken(db, signedRaw(header, payload))).resolves.toMatchObject({ sub: "dev_1" }); // the control
    await expect(verifySessionToken(db, signedRaw(header, { ...payload, aud: ["other", SESSION_AUDIENCE] }))).resolves.toMatchObject({ sub: "dev_1" });
    const without = (claim: string) => Object.fromEntries(Object.entries(payload).filter(([name]) => name !== claim));
    const refused = [
      signedRaw({ ...header, alg: "none" }, payload),
      `${encode({ ...header, alg: "none" })}.${encode(payload)}.`,
      signedRaw({ ...header, crit: ["exp"] }, payload),
      signedRaw({ ...header, b64: false }, payload),
      signedRaw(header, without("exp")),
      signedRaw(header, without("iat")),
      signedRaw(header, without("jti")),
      signedRaw(header, { ...payload, nbf: now + 3600 }),
      signedRaw(header, { ...payload, exp: String(now + 300) }),
      `${signedRaw(header, payload)}=`,
    ];
    for (const [i, token] of refused.entries()) {
      await expect(verifySessionToken(db, token), `token ${i}`).rejects.toMatchObject({ code: "UNAUTHORIZED", reason: "INVALID_TOKEN" });
    }
    // Expiry is only told for a genuine token: an expired one with a bad signature is just invalid.
    const expired = signedRaw(header, { ...payload, iat: now - 7200, exp: now - 3600 });
    await expect(verifySessionToken(db, expired)).rejects.toMatchObject({ reason: "TOKEN_EXPIRED" });
    const [h, p] = expired.split(".");
    await expect(verifySessionToken(db, `${h}.${p}.${Buffer.alloc(64).toString("base64url")}`)).rejects.toMatchObject({ reason: "INVALID_TOKEN" });
  });
});
