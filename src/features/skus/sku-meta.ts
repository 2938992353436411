import { Camera, Mic, Monitor, Volume2, type LucideIcon } from "lucide-react";
import type { RouterOutputs } from "@/lib/trpc";
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

export const CAPABILITIES: { key: Capability; label: string; icon: LucideIcon }[] = [
  { key: "camera", label: "Camera", icon: Camera },
  { key: "mic", label: "Microphone", icon: Mic },
  { key: "speaker", label: "Speaker", icon: Volume2 },
  { key: "screen", label: "Screen", icon: Monitor },
];

/** Suggestions for the language field; any BCP 47 tag the server accepts is allowed. */
export const LANGUAGE_SUGGESTIONS = ["en", "en-US", "en-GB", "de", "fr", "es", "it", "ja", "ko", "pt-BR", "zh-CN", "zh-TW"];
