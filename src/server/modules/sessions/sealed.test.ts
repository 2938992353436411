import { describe, expect, it } from "vitest";
import { seal, unseal } from "./sealed";

describe("sealing secrets at rest", () => {
  it("round-trips, never stores the plaintext, and uses a fresh IV each time", () => {
    const sealed = seal('{"d":"private"}', "s".repeat(32));
    expect(sealed).not.toContain("private");
    expect(unseal(sealed, "s".repeat(32))).toBe('{"d":"private"}');
    expect(seal("x", "s".repeat(32))).not.toBe(seal("x", "s".repeat(32)));
  });

  it("refuses another secret or a tampered value", () => {
    const sealed = seal("secret", "a".repeat(32));
    expect(() => unseal(sealed, "b".repeat(32))).toThrow();
    const [iv, body, tag] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => unseal([iv, flipped.toString("base64url"), tag].join("."), "a".repeat(32))).toThrow();
  });
});
