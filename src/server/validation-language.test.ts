import { describe, expect, it } from "vitest";
import { z } from "zod";
import "@/server/api/root";
import "@/server/api/v1/root";
import { ZCreateSkuInput } from "@/shared/sku-schemas";
import { ZPriceTiers } from "@/shared/pricing";
import { declaredSchemaMessages } from "@/shared/schema-message";
import { SCHEMA_TRANSLATIONS, validateInLanguage } from "./validation-language";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("validation messages in the console's language", () => {
  // Loading both routers declares every schema message the console and the API can give.
  const declared = [...declaredSchemaMessages()];

  it.each(Object.entries(SCHEMA_TRANSLATIONS))("every declared message has its %s translation, keeping its placeholders", (_locale, translations) => {
    expect(declared.length).toBeGreaterThan(150);
    const missing = declared.filter((english) => !translations[english]?.trim());
    expect(missing).toEqual([]);
    for (const english of declared) expect(placeholders(translations[english]!)).toEqual(placeholders(english));
  });

  it.each(Object.entries(SCHEMA_TRANSLATIONS))("the %s translations hold no message that is no longer declared", (_locale, translations) => {
    expect(Object.keys(translations).filter((english) => !declaredSchemaMessages().has(english))).toEqual([]);
  });

  const nameIssue = (result: z.ZodSafeParseResult<unknown>) => result.error?.issues.find((issue) => issue.path[0] === "name")?.message;

  it("a schema's own message reads in the language it is validated in, English outside", () => {
    const blank = { name: " ", code: "G1", kind: "glasses", capabilities: { camera: false, mic: true, speaker: true, screen: false } };
    expect(nameIssue(ZCreateSkuInput.safeParse(blank))).toBe("Enter a SKU name.");
    expect(validateInLanguage("zh-CN", () => nameIssue(ZCreateSkuInput.safeParse(blank)))).toBe("请输入 SKU 名称。");
    expect(validateInLanguage("en", () => nameIssue(ZCreateSkuInput.safeParse(blank)))).toBe("Enter a SKU name.");
  });

  it("a message with values fills them in either language", () => {
    const tiers = [
      { fromSeats: 1, unitAmount: 500 },
      { fromSeats: 1, unitAmount: 400 },
    ];
    const issue = () => ZPriceTiers.safeParse(tiers).error?.issues[0]?.message;
    expect(issue()).toBe("Tier 2 must start at more seats than tier 1 (1).");
    expect(validateInLanguage("zh-CN", issue)).toBe("档位 2 的起始席位数须大于档位 1（1）。");
  });

  it("zod's own messages (a check without one of ours) follow the language too", () => {
    const short = z.object({ name: z.string().min(3) });
    expect(nameIssue(short.safeParse({ name: "a" }))).toBe("Too small: expected string to have >=3 characters");
    expect(validateInLanguage("zh-CN", () => nameIssue(short.safeParse({ name: "a" })))).toMatch(/^数值过小/);
  });
});
