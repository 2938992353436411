import { describe, expect, it } from "vitest";
import { findUnstorableText, isStorableText } from "./unstorable-text";

describe("findUnstorableText", () => {
  it("accepts any well-formed text, emoji and astral characters included", () => {
    expect(isStorableText("Grüße 😀 \u202E 𝄞")).toBe(true);
    expect(findUnstorableText({ a: ["x", { b: "😀" }], n: 1, z: null })).toBeNull();
  });

  it("names the path of a NUL, a lone surrogate or such a field name", () => {
    expect(findUnstorableText({ a: ["ok", "x\u0000y"] })).toMatchObject({ path: ["a", 1] });
    expect(findUnstorableText({ a: { b: "\uD800" } })).toMatchObject({ path: ["a", "b"] });
    expect(findUnstorableText({ a: "end\uDFFF" })).toMatchObject({ path: ["a"] });
    expect(findUnstorableText({ settings: { "k\u0000": 1 } })).toMatchObject({ path: ["settings", "k\u0000"] });
  });

  it("walks hostile nesting without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnstorableText(deep)?.path).toHaveLength(200_000);
  });
});
