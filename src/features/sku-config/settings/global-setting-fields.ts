import type { Messages } from "@/messages";
import type { SettingField } from "./setting-fields";

/** The console's own words for the global settings (`skuConfig.globalSettings`): plain text, no placeholders. */
type GlobalTexts = Messages["skuConfig"]["globalSettings"];

const VOICE_OPTIONS = ["aria", "ember", "juniper", "orion", "sage", "willow"];

/**
 * The settings of a whole SKU configuration, in the console's language. The server does not
 * serve their JSON Schema, so they are described here; a unit test keeps the options equal to
 * the server's. Voice names are names and stay as they are.
 */
export function globalSettingFields(texts: GlobalTexts): SettingField[] {
  return [
    { key: "wakeWord", title: texts.wakeWord, kind: "text", maxLength: 30, defaultValue: "hey anima", description: texts.wakeWordHint },
    { key: "defaultLanguage", title: texts.defaultLanguage, kind: "text", defaultValue: "en", description: texts.defaultLanguageHint },
    { key: "voice", title: texts.voice, kind: "select", options: VOICE_OPTIONS, defaultValue: "aria" },
    {
      key: "realtimeRegion",
      title: texts.realtimeRegion,
      kind: "select",
      options: Object.keys(texts.regions),
      optionLabels: texts.regions,
      defaultValue: "us-east",
      description: texts.realtimeRegionHint,
    },
  ];
}
