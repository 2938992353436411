import { generateKeyPairSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isEd25519PublicKey, ZDevicePublicKey } from "./device-public-key";

const fromHex = (hex: string) => Buffer.from(hex, "hex").toString("base64url");

describe("Ed25519 public key validation", () => {
  it("accepts real keys in the registration format (base64url x)", () => {
    for (let i = 0; i < 50; i++) expect(isEd25519PublicKey(generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x!)).toBe(true);
  });

  it("refuses other formats, non-canonical encodings and the 8 small-order points", () => {
    const pem = generateKeyPairSync("ed25519").publicKey.export({ format: "pem", type: "spki" }).toString();
    for (const text of ["", "AAAA", pem, randomBytes(32).toString("base64"), randomBytes(31).toString("base64url"), `${generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x!}=`]) {
      expect(isEd25519PublicKey(text), text).toBe(false);
    }
    expect(isEd25519PublicKey(fromHex("ed".padEnd(62, "f") + "7f"))).toBe(false); // y = p: non-canonical
    const smallOrder = ["01".padEnd(64, "0"), "ec".padEnd(62, "f") + "7f", "0".repeat(64), "0".repeat(62) + "80", "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05", "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"];
    for (const hex of smallOrder) expect(isEd25519PublicKey(fromHex(hex)), hex).toBe(false);
  });

  it("refuses about half of random 32-byte strings: those are not points of the curve", () => {
    const accepted = Array.from({ length: 400 }, () => isEd25519PublicKey(randomBytes(32).toString("base64url"))).filter(Boolean).length;
    expect(accepted).toBeGreaterThan(120);
    expect(accepted).toBeLessThan(280);
  });

  it("explains what is wrong", () => {
    expect(ZDevicePublicKey.safeParse("nope").error?.issues[0]?.message).toMatch(/expected format: base64url of the 32-byte Ed25519 public key/);
    expect(ZDevicePublicKey.safeParse(fromHex("01".padEnd(64, "0"))).error?.issues[0]?.message).toMatch(/not a valid Ed25519 public key/);
  });
});
