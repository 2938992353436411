import type { Lineup } from "@/server/modules/catalog/lineup";

/**
 * Bumped only for incompatible changes to the shape below; firmware checks it. Versions
 * published before a bump keep their stored config: `readDeviceConfig` must then accept both.
 */
export const DEVICE_CONFIG_SCHEMA = 1;

/** Telemetry devices apply unless a later config says otherwise. */
const TELEMETRY = { enabled: true, maxBatchSamples: 100, flushSeconds: 60 } as const;

export type DeviceConfig = {
  schema: typeof DEVICE_CONFIG_SCHEMA;
  sku: string;
  version: number;
  publishedAt: string;
  global: { wakeWord: string; language: string; voice: string };
  realtime: { region: string; url: string };
  agents: { id: string; settings: Record<string, unknown>; tools: { id: string; settings: Record<string, unknown> }[] }[];
  /** what was current at publish: a stored config keeps its values when TELEMETRY changes */
  telemetry: { enabled: boolean; maxBatchSamples: number; flushSeconds: number };
};

/**
 * The configuration a device receives at boot: exactly what a published version holds,
 * compact (short keys, no catalog metadata — the firmware knows its agents by id) and
 * stable (computed once at publish and stored; boots send the stored JSON).
 */
export function buildDeviceConfig(input: { skuId: string; version: number; publishedAt: Date; lineup: Lineup; realtimeBaseUrl: string }): DeviceConfig {
  const { global, agents } = input.lineup;
  return {
    schema: DEVICE_CONFIG_SCHEMA,
    sku: input.skuId,
    version: input.version,
    publishedAt: input.publishedAt.toISOString(),
    global: { wakeWord: global.wakeWord, language: global.defaultLanguage, voice: global.voice },
    realtime: { region: global.realtimeRegion, url: `${input.realtimeBaseUrl.replace(/\/$/, "")}/${global.realtimeRegion}` },
    agents: agents.map((agent) => ({
      id: agent.agentId,
      settings: agent.settings,
      tools: agent.tools.map((tool) => ({ id: tool.toolId, settings: tool.settings })),
    })),
    telemetry: TELEMETRY,
  };
}
