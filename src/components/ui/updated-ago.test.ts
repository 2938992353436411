import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages";
import { agoOf } from "./updated-ago";

describe("agoOf", () => {
  const words = (locale: "en" | "zh-CN", ms: number) => {
    const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "common.updatedAgo" });
    const ago = agoOf(ms);
    return ago.unit === "justNow" ? t("justNow") : t(ago.unit, { count: ago.count });
  };

  it("says how long ago, rounded down to the unit shown", () => {
    expect(words("en", 1_500)).toBe("just now");
    expect(words("en", 12_400)).toBe("12 s ago");
    expect(words("en", 3 * 60_000 + 5_000)).toBe("3 min ago");
    expect(words("en", 2 * 3_600_000 + 1)).toBe("2 h ago");
    expect(words("en", -5_000)).toBe("just now");
  });

  it("in Chinese too", () => {
    expect(words("zh-CN", 1_500)).toBe("刚刚");
    expect(words("zh-CN", 12_400)).toBe("12 秒前");
    expect(words("zh-CN", 3 * 60_000 + 5_000)).toBe("3 分钟前");
  });
});
