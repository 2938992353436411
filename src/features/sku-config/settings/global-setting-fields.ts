import type { SettingField } from "./setting-fields";

/**
 * The settings of a whole SKU configuration. The server does not serve their JSON Schema,
 * so they are described here; a unit test keeps the options equal to the server's.
 */
const REALTIME_REGION_LABELS: Record<string, string> = {
  "us-east": "US East",
  "us-west": "US West",
  "eu-central": "EU Central",
  "ap-southeast": "Asia Pacific Southeast",
  "ap-northeast": "Asia Pacific Northeast",
};

const VOICE_OPTIONS = ["aria", "ember", "juniper", "orion", "sage", "willow"];

export const GLOBAL_SETTING_FIELDS: SettingField[] = [
  { key: "wakeWord", title: "Wake word", kind: "text", maxLength: 30, defaultValue: "hey anima", description: "2 to 30 letters, digits, spaces, - or '." },
  { key: "defaultLanguage", title: "Default language", kind: "text", defaultValue: "en", description: "A language code like en or pt-BR." },
  { key: "voice", title: "Voice", kind: "select", options: VOICE_OPTIONS, defaultValue: "aria" },
  {
    key: "realtimeRegion",
    title: "Realtime region",
    kind: "select",
    options: Object.keys(REALTIME_REGION_LABELS),
    optionLabels: REALTIME_REGION_LABELS,
    defaultValue: "us-east",
    description: "Where the device's realtime sessions are served.",
  },
];
