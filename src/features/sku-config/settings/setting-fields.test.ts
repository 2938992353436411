import { describe, expect, it } from "vitest";
import { describeCatalog } from "@/server/modules/catalog/registry";
import { REALTIME_REGIONS, VOICES } from "@/server/modules/catalog/global-settings";
import { CATALOGS } from "@/messages";
import { fieldValue, formatSettingValue, humanize, newRow, optionLabel, settingFields, type SettingField } from "./setting-fields";
import { settingHint } from "./setting-hint";
import { settingWording } from "./setting-wording";

const catalog = describeCatalog(new Set());
const schemaOf = (id: string) => [...catalog.agents, ...catalog.tools].find((item) => item.id === id)!.settingsSchema;
const fieldsOf = (id: string) => Object.fromEntries(settingFields(schemaOf(id)).map((field) => [field.key, field]));
const en = settingWording("en", CATALOGS.en);
const zh = settingWording("zh-CN", CATALOGS["zh-CN"]);

describe("settingFields", () => {
  it("maps enums to selects, booleans to checkboxes, bounded integers to number inputs and patterned strings to text", () => {
    const kids = fieldsOf("kids-companion");
    expect(kids.ageRange).toMatchObject({ kind: "select", title: "Age range", options: ["3-5", "6-8", "9-12"], defaultValue: "6-8" });
    expect(kids.bedtimeMode).toMatchObject({ kind: "boolean", defaultValue: true, description: "Calmer voice and shorter answers after bedtime." });
    expect(kids.bedtime).toMatchObject({ kind: "text", defaultValue: "19:30", pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" });
    expect(fieldsOf("timer").maxConcurrent).toMatchObject({ kind: "number", integer: true, min: 1, max: 10, defaultValue: 3 });
    expect(fieldsOf("baby-journal").babyName).toMatchObject({ kind: "text", maxLength: 40, defaultValue: "" });
  });

  it("maps arrays of enums to checkbox groups, arrays of strings to tags and arrays of objects to rows", () => {
    expect(fieldsOf("story-teller").themes).toMatchObject({ kind: "choices", minItems: 1, maxItems: 5, defaultValue: ["adventure", "animals"] });
    expect(fieldsOf("smart-home-butler").rooms).toMatchObject({ kind: "tags", maxItems: 30, maxLength: 40 });
    const pairs = fieldsOf("interpreter").languagePairs as Extract<SettingField, { kind: "rows" }>;
    expect(pairs).toMatchObject({ kind: "rows", title: "Language pairs", minItems: 1, maxItems: 8 });
    expect(pairs.itemFields.map((field) => [field.key, field.title, field.kind])).toEqual([
      ["from", "From", "text"],
      ["to", "To", "text"],
    ]);
    expect(newRow(pairs)).toEqual({ from: "en", to: "zh" });
  });

  it("every setting of the catalog gets a real control, in the schema's order", () => {
    for (const item of [...catalog.agents, ...catalog.tools]) {
      const fields = settingFields(item.settingsSchema);
      expect(fields.map((field) => field.key), item.id).toEqual(Object.keys(item.defaults));
      expect(fields.filter((field) => field.kind === "unsupported"), item.id).toEqual([]);
    }
  });

  it("labels untitled properties and tolerates schemas without properties", () => {
    expect(settingFields({ type: "object", properties: { maxConcurrent: { type: "integer" } } })[0]).toMatchObject({ title: "Max concurrent", kind: "number" });
    expect(settingFields({ type: "object", properties: { blob: { type: "object" } } })[0]).toMatchObject({ kind: "unsupported" });
    expect(settingFields({})).toEqual([]);
    expect(humanize("announce_before-turn")).toBe("Announce before turn");
  });
});

describe("values", () => {
  const bedtime = fieldsOf("kids-companion").bedtime!;
  it("shows the draft's value, else the default", () => {
    expect(fieldValue(bedtime, {})).toBe("19:30");
    expect(fieldValue(bedtime, { bedtime: "20:00" })).toBe("20:00");
    expect(fieldValue(bedtime, { bedtime: "" })).toBe("");
  });

  it("formats values for summaries and diffs", () => {
    expect(formatSettingValue(true, en)).toBe("On");
    expect(formatSettingValue(false, en)).toBe("Off");
    expect(formatSettingValue(["adventure", "fairy-tale"], en, fieldsOf("story-teller").themes)).toBe("Adventure, Fairy tale");
    expect(formatSettingValue([{ from: "en", to: "zh" }, { from: "pt-BR", to: "en" }], en)).toBe("en → zh, pt-BR → en");
    expect(formatSettingValue("", en)).toBe("—");
    expect(formatSettingValue([], en)).toBe("none");
    expect(formatSettingValue(20000, en)).toBe("20,000");
    expect(formatSettingValue("friendly-bear", en, fieldsOf("kids-companion").persona)).toBe("Friendly bear");
    expect(formatSettingValue("friendly-bear", en)).toBe("friendly-bear");
  });

  it("formats values in Chinese: on/off, none and list separators are the console's; option names are data", () => {
    expect(formatSettingValue(true, zh)).toBe("开启");
    expect(formatSettingValue(false, zh)).toBe("关闭");
    expect(formatSettingValue(["adventure", "fairy-tale"], zh, fieldsOf("story-teller").themes)).toBe("Adventure、Fairy tale");
    expect(formatSettingValue([{ from: "en", to: "zh" }, { from: "pt-BR", to: "en" }], zh)).toBe("en → zh、pt-BR → en");
    expect(formatSettingValue([], zh)).toBe("无");
    expect(formatSettingValue("", zh)).toBe("—");
    expect(formatSettingValue(20000, zh)).toBe("20,000");
  });

  it("names options for people, keeping codes as they are", () => {
    expect(optionLabel("on-request")).toBe("On request");
    expect(optionLabel("homekit")).toBe("HomeKit");
    expect(optionLabel("A2")).toBe("A2");
    expect(optionLabel("3-5")).toBe("3-5");
    expect(optionLabel("us-east", { "us-east": "US East" })).toBe("US East");
  });
});

describe("hints", () => {
  it("say the description (data, as written), the range and the default", () => {
    expect(settingHint(fieldsOf("timer").maxConcurrent!, en)).toBe("1 to 10. Default: 3.");
    expect(settingHint(fieldsOf("kids-companion").bedtimeMode!, en)).toBe("Calmer voice and shorter answers after bedtime.");
    expect(settingHint(fieldsOf("story-teller").themes!, en)).toBe("Default: Adventure, Animals.");
    expect(settingHint({ key: "blob", title: "Blob", kind: "unsupported", defaultValue: {} }, en)).toBeUndefined();
  });

  it("in Chinese, with full-width punctuation", () => {
    expect(settingHint(fieldsOf("timer").maxConcurrent!, zh)).toBe("1 至 10。 默认值：3。");
    expect(settingHint(fieldsOf("story-teller").themes!, zh)).toBe("默认值：Adventure、Animals。");
  });

  it("name a repeatable field's row: English makes a noun of the title, Chinese keeps the title", () => {
    expect(en.rowNoun("Language pairs")).toBe("language pair");
    expect(en.text("addRow", { noun: en.rowNoun("Language pairs") })).toBe("Add language pair");
    expect(zh.text("addRow", { noun: zh.rowNoun("Language pairs") })).toBe("为 Language pairs 添加一行");
    expect(zh.text("removeRow", { noun: zh.rowNoun("Language pairs"), index: 2 })).toBe("删除 Language pairs 第 2 行");
  });
});

describe("global settings", () => {
  it("offer exactly the server's voices and realtime regions", () => {
    const byKey = Object.fromEntries(en.global.map((field) => [field.key, field]));
    expect(byKey.voice).toMatchObject({ kind: "select", options: [...VOICES] });
    expect(byKey.realtimeRegion).toMatchObject({ kind: "select", options: [...REALTIME_REGIONS] });
    expect(Object.keys(byKey)).toEqual(["wakeWord", "defaultLanguage", "voice", "realtimeRegion"]);
    expect(zh.global.map((field) => field.key)).toEqual(Object.keys(byKey));
  });

  it("are the console's words: English as ever, Chinese hints end once", () => {
    expect(en.global.map((field) => field.title)).toEqual(["Wake word", "Default language", "Voice", "Realtime region"]);
    const [wakeWord, , , region] = en.global;
    expect(settingHint(wakeWord!, en)).toBe("2 to 30 letters, digits, spaces, - or '. Default: hey anima.");
    expect(settingHint(region!, en)).toBe("Where the device's realtime sessions are served. Default: US East.");
    expect(settingHint(zh.global[3]!, zh)).toBe("设备的实时会话由该区域提供服务。 默认值：美国东部。");
  });
});
