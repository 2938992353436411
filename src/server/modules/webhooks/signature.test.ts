import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeader, verifySignature } from "./signature";

const body = JSON.stringify({ id: "evt_1", type: "device.revoked", data: { deviceId: "d1" } });
const at = new Date("2026-12-04T12:00:00Z");

describe("webhook signatures", () => {
  it("are the contract's HMAC-SHA256 of \"<t>.<raw body>\" in hex, with t in unix seconds", () => {
    const header = signatureHeader(["whsec_a"], body, at);
    const t = at.getTime() / 1000;
    expect(header).toBe(`t=${t},v1=${createHmac("sha256", "whsec_a").update(`${t}.${body}`).digest("hex")}`);
    expect(verifySignature(header, "whsec_a", body, at)).toBe(true);
  });

  it("during a rotation carry both secrets' signatures, and either verifies", () => {
    const header = signatureHeader(["whsec_new", "whsec_old"], body, at);
    expect(header.split(",").filter((part) => part.startsWith("v1="))).toHaveLength(2);
    expect(verifySignature(header, "whsec_new", body, at)).toBe(true);
    expect(verifySignature(header, "whsec_old", body, at)).toBe(true);
    expect(verifySignature(header, "whsec_other", body, at)).toBe(false);
  });

  it("refuse a changed body, a stale or future timestamp and a malformed header", () => {
    const header = signatureHeader(["whsec_a"], body, at);
    expect(verifySignature(header, "whsec_a", body.replace("d1", "d2"), at)).toBe(false);
    expect(verifySignature(header, "whsec_a", body, new Date(at.getTime() + 301_000))).toBe(false);
    expect(verifySignature(header, "whsec_a", body, new Date(at.getTime() - 301_000))).toBe(false);
    for (const bad of ["", "t=abc,v1=00", `t=${at.getTime() / 1000}`, `t=${at.getTime() / 1000},v1=zz`]) expect(verifySignature(bad, "whsec_a", body, at)).toBe(false);
  });
});
