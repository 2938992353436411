import type { RouterInputs } from "@/lib/trpc";
import { HOUR_MS, DAY_MS } from "@/shared/time";

export type Kind = RouterInputs["fleet"]["latency"]["kind"];
export type UsageSplit = NonNullable<RouterInputs["fleet"]["usage"]["split"]>;
export type CompareDimension = RouterInputs["fleet"]["compare"]["dimension"];

/** The server refuses longer ranges (ZFleetFilters). */
const MAX_RANGE_MS = 400 * DAY_MS;

/** The preset ranges, named in the catalogs (`fleet.ranges.<key>`). */
export const RANGE_PRESETS = [
  { key: "1h", ms: HOUR_MS },
  { key: "24h", ms: DAY_MS },
  { key: "7d", ms: 7 * DAY_MS },
  { key: "30d", ms: 30 * DAY_MS },
] as const;
export type RangeKey = (typeof RANGE_PRESETS)[number]["key"] | "custom";
export const RANGE_KEYS: readonly RangeKey[] = [...RANGE_PRESETS.map((preset) => preset.key), "custom"];

// Named in the catalogs: `fleet.kinds.<kind>`, `fleet.splits.<split>`, `fleet.dimensions.<dimension>`.
export const KINDS: readonly Kind[] = ["voice", "video"];
export const SPLITS: readonly UsageSplit[] = ["none", "sku", "agent"];
export const DIMENSIONS: readonly CompareDimension[] = ["firmware", "configVersion"];

/** What a fleet page shows, as kept in the URL so a view can be shared and survives a reload. */
export type FleetParams = {
  range: RangeKey;
  /** custom range bounds, "YYYY-MM-DDTHH:mm" in UTC; empty for presets */
  from: string;
  to: string;
  skuId: string;
  firmware: string;
  /** a config version number ("" for any): with a SKU, that SKU's version */
  configVersion: string;
  /** null: every agent; "": interactions that named no agent */
  agent: string | null;
  kind: Kind;
  split: UsageSplit;
  dimension: CompareDimension;
  a: string;
  b: string;
};

export const DEFAULT_FLEET_PARAMS: FleetParams = {
  range: "7d", from: "", to: "", skuId: "", firmware: "", configVersion: "", agent: null, kind: "voice", split: "none", dimension: "firmware", a: "", b: "",
};

const QUERY_KEYS: Record<keyof FleetParams, string> = {
  range: "range", from: "from", to: "to", skuId: "sku", firmware: "firmware", configVersion: "cfg", agent: "agent", kind: "kind", split: "split", dimension: "cmp", a: "a", b: "b",
};

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined => options.find((option) => option === value);

/** A datetime-local value read as UTC, or null when it is not one. */
function parseUtcInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  const ms = Date.parse(`${value}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** The datetime-local value (UTC, to the minute) of an instant. */
export const toUtcInput = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** Why a custom range cannot be shown (`fleet.customRange.errors.<problem>`). */
export type RangeProblem = "missing" | "order" | "tooLong";

/** Why a custom range cannot be shown, or null when it can. */
export function customRangeError(from: string, to: string): RangeProblem | null {
  const start = parseUtcInput(from);
  const end = parseUtcInput(to);
  if (start === null || end === null) return "missing";
  if (end <= start) return "order";
  if (end - start > MAX_RANGE_MS) return "tooLong";
  return null;
}

export function readFleetParams(query: URLSearchParams): FleetParams {
  const range = oneOf(RANGE_KEYS, query.get(QUERY_KEYS.range)) ?? DEFAULT_FLEET_PARAMS.range;
  const from = query.get(QUERY_KEYS.from) ?? "";
  const to = query.get(QUERY_KEYS.to) ?? "";
  // A shared link with a broken custom range falls back to the default rather than failing.
  const custom = range === "custom" && customRangeError(from, to) === null;
  return {
    range: range === "custom" && !custom ? DEFAULT_FLEET_PARAMS.range : range,
    from: custom ? from : "",
    to: custom ? to : "",
    skuId: query.get(QUERY_KEYS.skuId) ?? "",
    firmware: query.get(QUERY_KEYS.firmware) ?? "",
    configVersion: /^[1-9]\d{0,8}$/.test(query.get(QUERY_KEYS.configVersion) ?? "") ? query.get(QUERY_KEYS.configVersion)! : "",
    agent: query.get(QUERY_KEYS.agent),
    kind: oneOf(KINDS, query.get(QUERY_KEYS.kind)) ?? DEFAULT_FLEET_PARAMS.kind,
    split: oneOf(SPLITS, query.get(QUERY_KEYS.split)) ?? DEFAULT_FLEET_PARAMS.split,
    dimension: oneOf(DIMENSIONS, query.get(QUERY_KEYS.dimension)) ?? DEFAULT_FLEET_PARAMS.dimension,
    a: query.get(QUERY_KEYS.a) ?? "",
    b: query.get(QUERY_KEYS.b) ?? "",
  };
}

/** The URL query for `params`, defaults left out (an empty agent is kept: it is a filter). */
export function writeFleetParams(params: FleetParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of Object.keys(QUERY_KEYS) as (keyof FleetParams)[]) {
    const value = params[key];
    if (value === null || value === DEFAULT_FLEET_PARAMS[key] || (value === "" && key !== "agent")) continue;
    query.set(QUERY_KEYS[key], value);
  }
  return query;
}

export type FleetFilters = { from: string; to: string; skuId?: string; firmware?: string; agentId?: string; configVersion?: number };

/** The chart filters of a view; presets end at `now`. */
export function filtersFor(params: FleetParams, now: number): FleetFilters {
  const preset = RANGE_PRESETS.find((p) => p.key === params.range);
  const start = preset ? now - preset.ms : (parseUtcInput(params.from) ?? now - 7 * DAY_MS);
  const end = preset ? now : (parseUtcInput(params.to) ?? now);
  return {
    from: new Date(start).toISOString(),
    to: new Date(end).toISOString(),
    ...(params.skuId ? { skuId: params.skuId } : {}),
    ...(params.firmware ? { firmware: params.firmware } : {}),
    ...(params.agent !== null ? { agentId: params.agent } : {}),
    ...(params.configVersion ? { configVersion: Number(params.configVersion) } : {}),
  };
}
