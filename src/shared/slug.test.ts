import { describe, expect, it } from "vitest";
import { isReservedSlug, slugify, ZOrgSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["Acme Devices", "acme-devices"],
    ["  Zörn & Söhne GmbH ", "zorn-sohne-gmbh"],
    ["AI---Glasses!!", "ai-glasses"],
    ["X", "x-team"],
    ["東京", "org-team"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(ZOrgSlug.safeParse(slug).success).toBe(true);
  });

  it("caps the length without a trailing dash", () => {
    const slug = slugify(`${"a".repeat(39)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("knows reserved slugs", () => {
    expect(isReservedSlug("settings")).toBe(true);
    expect(isReservedSlug("acme")).toBe(false);
  });
});
