/**
 * When a device should refresh its token: between 70 % and 85 % of its lifetime, at random,
 * so a fleet that booted together spreads its refreshes instead of storming again.
 */
export function refreshAfterSeconds(ttlSeconds: number, random = Math.random): number {
  return Math.max(1, Math.floor(ttlSeconds * (0.7 + 0.15 * random())));
}
