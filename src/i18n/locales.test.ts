import { describe, expect, it } from "vitest";
import { isLocale, negotiateLocale } from "./locales";

describe("console language", () => {
  it("picks the first language we speak by quality from Accept-Language", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale("zh")).toBe("zh-CN");
    expect(negotiateLocale("zh-Hans-CN")).toBe("zh-CN");
    expect(negotiateLocale("en-US,en;q=0.9,zh-CN;q=0.8")).toBe("en");
    expect(negotiateLocale("fr-FR,zh-CN;q=0.7,en;q=0.5")).toBe("zh-CN");
    expect(negotiateLocale("en;q=0.4, zh-CN;q=0.6")).toBe("zh-CN");
    expect(negotiateLocale("zh-TW,zh-Hant;q=0.9")).toBe("en"); // Traditional only: not ours yet
    expect(negotiateLocale("de-DE, fr")).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("zh-CN;q=0, en;q=abc")).toBe("en");
  });

  it("knows its locales", () => {
    expect(isLocale("zh-CN")).toBe(true);
    expect(isLocale("zh")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
