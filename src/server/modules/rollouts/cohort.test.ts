import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BUCKETS, inCohort, rolloutBucket } from "./cohort";

const ids = Array.from({ length: 10_000 }, (_, i) => `dev_${i.toString(36).padStart(20, "0")}`);

describe("rollout cohorts", () => {
  it("give a device the same bucket every time, in 0–9,999", () => {
    const rollout = randomUUID();
    for (const id of ids.slice(0, 100)) {
      const bucket = rolloutBucket(rollout, id);
      expect(bucket).toBe(rolloutBucket(rollout, id));
      expect(bucket).toBeGreaterThanOrEqual(0);
      expect(bucket).toBeLessThan(BUCKETS);
    }
  });

  it("only widen: a device in the cohort at one step stays in it at every later step", () => {
    const rollout = randomUUID();
    const steps = [1, 5, 25, 50, 99.99, 100];
    for (const id of ids) {
      const memberships = steps.map((percent) => inCohort(rollout, id, percent));
      const first = memberships.indexOf(true);
      expect(first).toBeGreaterThanOrEqual(0); // everyone is in at 100 %
      expect(memberships.slice(first).every(Boolean)).toBe(true);
    }
    expect(ids.some((id) => inCohort(rollout, id, 0))).toBe(false);
  });

  it("hold the planned share of 10,000 devices within statistical bounds", () => {
    const rollout = randomUUID();
    for (const percent of [1, 5, 25, 50]) {
      const p = percent / 100;
      const share = ids.filter((id) => inCohort(rollout, id, percent)).length;
      // Binomial: within 5 standard deviations (a false alarm about once in 3.5 million runs).
      const sd = Math.sqrt(ids.length * p * (1 - p));
      expect(Math.abs(share - ids.length * p)).toBeLessThan(5 * sd);
    }
  });

  it("draw a different cohort for each rollout", () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const cohortA = new Set(ids.filter((id) => inCohort(a, id, 5)));
    const both = ids.filter((id) => inCohort(b, id, 5) && cohortA.has(id)).length;
    // Independent 5 % cohorts share about 0.25 % of the fleet (25 of 10,000), not 5 %.
    expect(both).toBeLessThan(100);
  });
});
