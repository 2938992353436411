import { z } from "zod";
import { choice, languageCode } from "./fields";
import { schemaMessage } from "@/shared/schema-message";

export const REALTIME_REGIONS = ["us-east", "us-west", "eu-central", "ap-southeast", "ap-northeast"] as const;
export const VOICES = ["aria", "ember", "juniper", "orion", "sage", "willow"] as const;

/** Settings of a whole SKU's configuration (not of one agent). */
export const ZGlobalSettings = z.object({
  wakeWord: z
    .string()
    .trim()
    .min(2, schemaMessage("The wake word needs at least 2 characters."))
    .max(30, schemaMessage("The wake word is at most 30 characters."))
    .regex(/^[\p{L}\p{N}' -]+$/u, schemaMessage("The wake word uses letters, digits, spaces, - and ' only."))
    .default("hey anima")
    .meta({ title: "Wake word" }),
  defaultLanguage: languageCode("Default language", "en"),
  voice: choice("Voice", VOICES, "aria"),
  realtimeRegion: choice("Realtime region", REALTIME_REGIONS, "us-east", "Where the device's realtime sessions are served."),
});

export type GlobalSettings = z.infer<typeof ZGlobalSettings>;
