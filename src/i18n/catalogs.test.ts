/**
 * The message catalogs agree: every English key exists in Simplified Chinese and no other key
 * does, nothing is empty, and each translation uses the same placeholders as its English
 * message (a `{minutes}` lost in translation would print nothing). Missing keys also fail to
 * compile (src/messages/index.ts); this catches the rest.
 */
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

/** The ICU arguments a message uses: `{name}`, `{count, plural, …}` → name, count. */
const placeholders = (message: string) => [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1]))].sort();

describe("message catalogs", () => {
  const en = flatten(CATALOGS.en);
  const zh = flatten(CATALOGS["zh-CN"]);

  it("have the same keys in English and Simplified Chinese", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(0);
  });

  it("have no empty message", () => {
    for (const [key, text] of [...en, ...zh]) expect(text.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of en) expect(placeholders(zh.get(key) ?? ""), key).toEqual(placeholders(text));
  });
});
