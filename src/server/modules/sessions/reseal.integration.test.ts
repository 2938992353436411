/** `keys:reseal`: stored signing keys move from the previous SIGNING_KEY_SECRET to the new one, all or nothing. */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { exportJWK, generateKeyPair } from "jose";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/server/db";
import { resealSigningKeys } from "./reseal";
import { seal, unseal } from "./sealed";
import { SERVER_CONDITIONS } from "../../../../scripts/lib/run";

const exec = promisify(execFile);
const PREVIOUS = "previous-signing-key-secret-0123456789";
const CURRENT = process.env.SIGNING_KEY_SECRET!;

/** A retired key past its publication (it plays no part in the run's other tests), sealed under `secret`. */
async function storedKey(secret: string) {
  const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const privateJwk = JSON.stringify(await exportJWK(privateKey));
  const kid = randomUUID();
  await db.signingKey.create({ data: { kid, publicJwk: { kid }, privateKeySealed: seal(privateJwk, secret), retiredAt: new Date(), publishUntil: new Date() } });
  return { kid, privateJwk };
}
const sealedOf = async (kid: string) => (await db.signingKey.findUniqueOrThrow({ where: { kid } })).privateKeySealed;

async function anima(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await exec("node_modules/.bin/tsx", [SERVER_CONDITIONS, "scripts/anima.ts", ...args], { env: { ...process.env, DATABASE_URL: inject("databaseUrl"), ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

describe("keys:reseal", () => {
  it("re-seals keys sealed under the previous secret (same key inside), leaves current ones alone, and a second run finds nothing to do", async () => {
    const old = await storedKey(PREVIOUS);
    const current = await storedKey(CURRENT);
    const currentSealed = await sealedOf(current.kid);

    const run = await anima({ OLD_SIGNING_SECRET: PREVIOUS }, "keys:reseal", "--from-env", "OLD_SIGNING_SECRET");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ resealed: expect.any(Number), alreadyCurrent: expect.any(Number) });
    expect(unseal(await sealedOf(old.kid), CURRENT)).toBe(old.privateJwk);
    expect(await sealedOf(current.kid)).toBe(currentSealed);

    expect(await resealSigningKeys(db, PREVIOUS, CURRENT)).toMatchObject({ resealed: 0 });
  }, 60_000);

  it("a key that opens under neither secret stops it before anything is written", async () => {
    const old = await storedKey(PREVIOUS);
    const stranger = await storedKey("some-third-secret-0123456789abcdef");
    const before = await sealedOf(old.kid);
    try {
      await expect(resealSigningKeys(db, PREVIOUS, CURRENT)).rejects.toThrow(new RegExp(`${stranger.kid} open under neither secret; nothing was re-sealed`));
      expect(await sealedOf(old.kid)).toBe(before);
    } finally {
      await db.signingKey.delete({ where: { kid: stranger.kid } });
    }
    await expect(resealSigningKeys(db, CURRENT, CURRENT)).rejects.toThrow(/the same/);
  });

  it("takes the previous secret from the environment only, and says which variable is missing", async () => {
    const run = await anima({}, "keys:reseal");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/Set SIGNING_KEY_SECRET_PREVIOUS to the previous SIGNING_KEY_SECRET/);
  }, 60_000);
});
