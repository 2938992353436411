import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages";
import { describeCatalog } from "@/server/modules/catalog/registry";
import type { Locale } from "@/i18n/locales";
import { settingWording } from "../settings/setting-wording";
import { describeChange, type DiffWords } from "./diff-lines";

const catalog = describeCatalog(new Set());
function wordsIn(locale: Locale): DiffWords {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "skuConfig.versions" });
  return { text: (key, values) => t(key, values), globalSettings: CATALOGS[locale].skuConfig.lineup.globalTitle, values: settingWording(locale, CATALOGS[locale]) };
}
const words = wordsIn("en");
const line = (change: Parameters<typeof describeChange>[0]) => describeChange(change, catalog, words);

describe("describeChange", () => {
  it("names added, removed and moved agents", () => {
    expect(line({ kind: "added", path: "agents.story-teller" })).toEqual({ kind: "added", symbol: "+", text: "Added Story teller" });
    expect(line({ kind: "removed", path: "agents.music-dj" })).toEqual({ kind: "removed", symbol: "−", text: "Removed Music DJ" });
    expect(line({ kind: "moved", path: "agents.story-teller", before: 2, after: 1 })).toEqual({ kind: "moved", symbol: "↕", text: "Moved Story teller from 2 to 1" });
  });

  it("shows setting changes with titles and readable values", () => {
    expect(line({ kind: "changed", path: "agents.kids-companion.settings.bedtime", before: "19:30", after: "20:00" }).text).toBe("Kids' companion › Bedtime: 19:30 → 20:00");
    expect(line({ kind: "changed", path: "agents.kids-companion.settings.persona", before: "friendly-bear", after: "gentle-fairy" }).text).toBe(
      "Kids' companion › Persona: Friendly bear → Gentle fairy",
    );
    expect(line({ kind: "changed", path: "agents.kids-companion.settings.bedtimeMode", before: true, after: false }).text).toBe("Kids' companion › Bedtime mode: On → Off");
    expect(line({ kind: "changed", path: "global.realtimeRegion", before: "us-east", after: "eu-central" }).text).toBe("Global settings › Realtime region: US East → EU Central");
    expect(line({ kind: "changed", path: "global.wakeWord", before: "hey anima", after: "hi pip" })).toEqual({ kind: "changed", symbol: "~", text: "Global settings › Wake word: hey anima → hi pip" });
  });

  it("names tools added to and removed from an agent, and their setting changes", () => {
    expect(line({ kind: "added", path: "agents.kids-companion.tools.timer" }).text).toBe("Added Timer to Kids' companion");
    expect(line({ kind: "removed", path: "agents.kids-companion.tools.music" }).text).toBe("Removed Music from Kids' companion");
    expect(line({ kind: "changed", path: "agents.kids-companion.tools.timer.settings.maxConcurrent", before: 3, after: 5 }).text).toBe(
      "Kids' companion › Timer › Timers at once: 3 → 5",
    );
  });

  it("falls back to ids for items the catalog no longer has", () => {
    expect(line({ kind: "added", path: "agents.time-machine" }).text).toBe("Added time-machine");
    expect(line({ kind: "changed", path: "agents.time-machine.settings.speed", before: 88, after: 1210 }).text).toBe("time-machine › speed: 88 → 1,210");
  });

  it("in Chinese: the console's words and punctuation, the catalog's names as they are", () => {
    const zh = (change: Parameters<typeof describeChange>[0]) => describeChange(change, catalog, wordsIn("zh-CN")).text;
    expect(zh({ kind: "changed", path: "agents.kids-companion.settings.bedtimeMode", before: true, after: false })).toBe("Kids' companion › Bedtime mode：开启 → 关闭");
    expect(zh({ kind: "changed", path: "global.realtimeRegion", before: "us-east", after: "eu-central" })).toBe("全局设置 › 实时服务区域：美国东部 → 欧洲中部");
    expect(zh({ kind: "changed", path: "agents.kids-companion.tools.timer.settings.maxConcurrent", before: 3, after: 5 })).toBe("Kids' companion › Timer › Timers at once：3 → 5");
    expect(zh({ kind: "moved", path: "agents.story-teller", before: 2, after: 1 })).toBe("将 Story teller 从第 2 位移到第 1 位");
  });
});
