import { Camera, Mic, Monitor, Volume2, type LucideIcon } from "lucide-react";
import type { RouterOutputs } from "@/lib/trpc";
import type { SKU_KINDS } from "@/shared/sku-schemas";

export type Sku = RouterOutputs["sku"]["list"][number];
export type SkuKind = (typeof SKU_KINDS)[number];
export type Capability = keyof Sku["capabilities"];

/** The capabilities in display order; their labels are `skus.capabilities.<key>` in the catalogs. */
export const CAPABILITIES: { key: Capability; icon: LucideIcon }[] = [
  { key: "camera", icon: Camera },
  { key: "mic", icon: Mic },
  { key: "speaker", icon: Volume2 },
  { key: "screen", icon: Monitor },
];

/** Suggestions for the language field; any BCP 47 tag the server accepts is allowed. */
export const LANGUAGE_SUGGESTIONS = ["en", "en-US", "en-GB", "de", "fr", "es", "it", "ja", "ko", "pt-BR", "zh-CN", "zh-TW"];
