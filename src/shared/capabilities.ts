/**
 * The hardware a SKU may have and the one wording for it everywhere (SKU form and detail,
 * catalog "Needs" badges, composer refusals, server messages): "Microphone", never "mic".
 * The keys are the API's (`capabilities.mic`), so they never change.
 */
export const CAPABILITIES = ["camera", "mic", "speaker", "screen"] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const CAPABILITY_LABELS: Record<Capability, string> = {
  camera: "Camera",
  mic: "Microphone",
  speaker: "Speaker",
  screen: "Screen",
};

const isCapability = (key: string): key is Capability => (CAPABILITIES as readonly string[]).includes(key);

/** The label of a capability key; an unknown key (a newer server) is shown as it is. */
export function capabilityLabel(key: string): string {
  return isCapability(key) ? CAPABILITY_LABELS[key] : key;
}

/** The capability inside a sentence: "a microphone". */
export function capabilityNoun(key: string): string {
  return `a ${capabilityLabel(key).toLowerCase()}`;
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? "");
}
