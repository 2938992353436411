/** The interaction kinds whose latency the fleet pages and rollout gates watch. */
export type InteractionKind = "voice" | "video";

/** End-to-end targets per interaction kind (ms): the SLO lines of every latency chart and the default rollout gate. */
export const SLO_MS: Record<InteractionKind, number> = { voice: 1_000, video: 1_500 };
