import "server-only";
import { createHash } from "node:crypto";

/** Buckets per rollout: a device's bucket is one of 0–9,999, i.e. 0.00–99.99 %. */
export const BUCKETS = 10_000;

/**
 * A device's bucket in a rollout: the first 32 bits of SHA-256("<rollout id>:<device id>")
 * modulo 10,000. Stable (the same device and rollout always land in the same bucket) and
 * independent between rollouts (a device in the first 5 % of one rollout is not in the
 * first 5 % of the next): the cohort of a bad version is not always the same customers.
 * The modulo bias of 2^32 over 10,000 is below one part in 400,000.
 */
export function rolloutBucket(rolloutId: string, deviceId: string): number {
  return createHash("sha256").update(`${rolloutId}:${deviceId}`).digest().readUInt32BE(0) % BUCKETS;
}

/**
 * Whether the device is in the rollout's cohort at `percent`: its bucket is below the percent's
 * share. Widening only raises the threshold, so a device never moves back to the old version
 * while the rollout goes on.
 */
export function inCohort(rolloutId: string, deviceId: string, percent: number): boolean {
  return rolloutBucket(rolloutId, deviceId) < Math.round(percent * (BUCKETS / 100));
}
