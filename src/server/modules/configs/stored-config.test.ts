import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { validateLineup, type LineupInput } from "@/server/modules/catalog/lineup";
import { buildDeviceConfig } from "./device-config";
import { readDeviceConfig, readDraftLineup, readLineup, toDeviceConfigJson, toLineupJson } from "./stored-config";

const draft: LineupInput = { settings: { voice: "sage" }, agents: [{ agentId: "kids-companion", settings: { bedtime: "20:00" }, tools: ["timer", { toolId: "music" }] }, { agentId: "story-teller" }] };
const capabilities = { camera: false, mic: true, speaker: true, screen: false };
const lineup = validateLineup(draft, { capabilities, disabled: new Set() }, { forPublish: true }).lineup!;
const deviceConfig = buildDeviceConfig({ skuId: "sku-1", version: 3, publishedAt: new Date(0), lineup, realtimeBaseUrl: "wss://realtime.example/" });

/** What a jsonb column gives back: the written JSON, parsed anew. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as never;

/** The error a malformed row raises: plain (the API must not answer it as the caller's invalid input), naming the column. */
function readError(read: () => unknown): Error {
  try {
    read();
  } catch (error) {
    expect(error).not.toBeInstanceOf(ZodError);
    return error as Error;
  }
  throw new Error("the malformed row was read without an error");
}

describe("stored config JSON", () => {
  it("reads back exactly what was written, as the stored value itself", () => {
    const row = stored(toLineupJson(lineup));
    expect(readLineup(row)).toBe(row);
    expect(readLineup(row)).toEqual(lineup);
    expect(readDraftLineup(stored(toLineupJson(draft)))).toEqual(draft);
    expect(readDeviceConfig(stored(toDeviceConfigJson(deviceConfig)))).toEqual(deviceConfig);
  });

  it("refuses a malformed row loudly instead of coercing it", () => {
    const { global: _global, ...withoutGlobal } = lineup;
    expect(readError(() => readLineup(stored(withoutGlobal))).message).toMatch(/Malformed stored SkuConfigVersion\.lineup: .*global/s);
    expect(readError(() => readLineup(stored({ ...lineup, extra: true }))).message).toMatch(/extra/);
    expect(readError(() => readLineup(stored({ ...lineup, global: { ...lineup.global, voice: "robot" } }))).message).toMatch(/voice/);
    expect(readError(() => readDraftLineup(stored({ agents: [{ agentId: "story-teller", tools: [42] }] }))).message).toMatch(/SkuConfigDraft\.lineup/);
    expect(readError(() => readDeviceConfig(stored({ ...deviceConfig, schema: 2 }))).message).toMatch(/SkuConfigVersion\.deviceConfig: .*schema/s);
    expect(readError(() => readLineup(null)).message).toMatch(/SkuConfigVersion\.lineup/);
  });
});
