import type { Settings } from "../config-types";
import type { SettingWording } from "./setting-wording";

type FieldBase = {
  key: string;
  title: string;
  description?: string;
  defaultValue: unknown;
  /** display names of option values where the generic wording is wrong ("HomeKit", "US East") */
  optionLabels?: Record<string, string>;
};

/** One control of a generated settings form, derived from a property of the JSON Schema. */
export type SettingField = FieldBase &
  (
    | { kind: "select"; options: string[] }
    | { kind: "boolean" }
    | { kind: "number"; integer: boolean; min?: number; max?: number }
    | { kind: "text"; pattern?: string; maxLength?: number }
    /** array of enum: a checkbox group */
    | { kind: "choices"; options: string[]; minItems?: number; maxItems?: number }
    /** array of strings: a tag input */
    | { kind: "tags"; maxItems?: number; maxLength?: number }
    /** array of objects: repeatable rows of sub-fields */
    | { kind: "rows"; itemFields: SettingField[]; minItems?: number; maxItems?: number }
    /** a shape this form cannot edit; shown as JSON */
    | { kind: "unsupported" }
  );

export type SettingFieldKind = SettingField["kind"];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const asNumber = (value: unknown) => (typeof value === "number" ? value : undefined);
const asString = (value: unknown) => (typeof value === "string" ? value : undefined);
const asStrings = (value: unknown) => (Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : undefined);

/** "maxConcurrent" → "Max concurrent": a label for properties without a title. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[-_]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const OPTION_LABELS: Record<string, string> = {
  openstreetmap: "OpenStreetMap",
  mapbox: "Mapbox",
  homekit: "HomeKit",
  "google-home": "Google Home",
  caldav: "CalDAV",
  "apple-music": "Apple Music",
  "hip-hop": "Hip-hop",
  "fairy-tale": "Fairy tale",
};

/** How an option value reads in a form: "friendly-bear" → "Friendly bear"; codes like "A2" or "3-5" stay. */
export function optionLabel(value: string, labels?: Record<string, string>): string {
  const label = labels?.[value] ?? OPTION_LABELS[value];
  if (label) return label;
  if (!/^[a-z]/.test(value)) return value;
  const words = value.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function describeProperty(key: string, property: Record<string, unknown>): SettingField {
  const base: FieldBase = {
    key,
    title: asString(property.title) ?? humanize(key),
    description: asString(property.description),
    defaultValue: property.default,
  };
  const options = asStrings(property.enum);
  if (options) return { ...base, kind: "select", options };
  switch (property.type) {
    case "boolean":
      return { ...base, kind: "boolean" };
    case "integer":
    case "number":
      return { ...base, kind: "number", integer: property.type === "integer", min: asNumber(property.minimum), max: asNumber(property.maximum) };
    case "string":
      return { ...base, kind: "text", pattern: asString(property.pattern), maxLength: asNumber(property.maxLength) };
    case "array":
      return describeArray(base, property);
    default:
      return { ...base, kind: "unsupported" };
  }
}

function describeArray(base: FieldBase, property: Record<string, unknown>): SettingField {
  const items = isRecord(property.items) ? property.items : {};
  const bounds = { minItems: asNumber(property.minItems), maxItems: asNumber(property.maxItems) };
  const options = asStrings(items.enum);
  if (options) return { ...base, ...bounds, kind: "choices", options };
  if (items.type === "string") return { ...base, maxItems: bounds.maxItems, kind: "tags", maxLength: asNumber(items.maxLength) };
  if (items.type === "object" && isRecord(items.properties)) return { ...base, ...bounds, kind: "rows", itemFields: settingFields(items) };
  return { ...base, kind: "unsupported" };
}

/** The controls of a settings form, in the schema's property order. */
export function settingFields(schema: Settings): SettingField[] {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  return Object.entries(properties).flatMap(([key, property]) => (isRecord(property) ? [describeProperty(key, property)] : []));
}

/** The value a field shows: what the draft set, else the catalog default. */
export function fieldValue(field: SettingField, settings: Settings): unknown {
  return field.key in settings ? settings[field.key] : field.defaultValue;
}

/** A new row of a repeatable field, filled with its sub-fields' defaults. */
export function newRow(field: Extract<SettingField, { kind: "rows" }>): Settings {
  return Object.fromEntries(field.itemFields.map((item) => [item.key, item.defaultValue]));
}

/**
 * A setting's value as a short text, in the wording's language: "On", "Adventure, Animals",
 * "en → zh", "—" for empty. Summaries, hints and version diffs all read values through it.
 */
export function formatSettingValue(value: unknown, words: SettingWording, field?: SettingField): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return words.text(value ? "on" : "off");
  if (typeof value === "string") return field && (field.kind === "select" || field.kind === "choices") ? optionLabel(value, field.optionLabels) : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return words.text("none");
    return value.map((item) => formatSettingValue(item, words, field)).join(words.text("separator"));
  }
  if (isRecord(value)) return Object.values(value).map((item) => formatSettingValue(item, words)).join(" → ");
  if (typeof value === "number") return value.toLocaleString(words.locale);
  return JSON.stringify(value);
}

/** A field of `schema` by key, for labels in issues and diffs. */
export function findField(schema: Settings, key: string): SettingField | undefined {
  return settingFields(schema).find((field) => field.key === key);
}
