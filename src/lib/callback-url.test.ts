import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-origin paths", () => {
    for (const path of ["/", "/o/acme", "/o/acme/devices?status=active#top", "/invite/abc"]) expect(safeCallbackUrl(path)).toBe(path);
  });

  it("refuses every way off the site, and control characters, without throwing", () => {
    const hostile = [
      "//evil.example",
      "/\\evil.example",
      "\\/evil.example",
      "\\\\evil.example",
      " //evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\u0000/o/acme",
      "/o/acme\u0000",
      "/o/\u007facme",
      "https://evil.example",
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,hi",
      "evil.example",
      "o/acme",
      "",
      "/".repeat(3000),
    ];
    for (const value of hostile) expect(safeCallbackUrl(value), JSON.stringify(value)).toBe("/");
    expect(safeCallbackUrl(["//evil.example", "/o/acme"])).toBe("/");
    expect(safeCallbackUrl(undefined, "/orgs/new")).toBe("/orgs/new");
  });
});
