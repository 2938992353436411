import { Camera, Mic, Monitor, Volume2, type LucideIcon } from "lucide-react";
import type { RouterOutputs } from "@/lib/trpc";
import { CAPABILITY_LABELS } from "@/shared/capabilities";
import type { SKU_KINDS } from "@/shared/sku-schemas";

export type Sku = RouterOutputs["sku"]["list"][number];
export type SkuKind = (typeof SKU_KINDS)[number];
export type Capability = keyof Sku["capabilities"];

export const KIND_LABELS: Record<SkuKind, string> = {
  glasses: "Glasses",
  toy: "Toy",
  recorder: "Recorder",
  speaker: "Speaker",
  other: "Other",
};

/** The capabilities in display order, labelled from the shared table (the server's messages use it too). */
export const CAPABILITIES: { key: Capability; label: string; icon: LucideIcon }[] = [
  { key: "camera", label: CAPABILITY_LABELS.camera, icon: Camera },
  { key: "mic", label: CAPABILITY_LABELS.mic, icon: Mic },
  { key: "speaker", label: CAPABILITY_LABELS.speaker, icon: Volume2 },
  { key: "screen", label: CAPABILITY_LABELS.screen, icon: Monitor },
];

/** Suggestions for the language field; any BCP 47 tag the server accepts is allowed. */
export const LANGUAGE_SUGGESTIONS = ["en", "en-US", "en-GB", "de", "fr", "es", "it", "ja", "ko", "pt-BR", "zh-CN", "zh-TW"];
