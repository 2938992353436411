import { monitorEventLoopDelay } from "node:perf_hooks";

/** Requests in progress beyond which new ones are shed at once. */
const MAX_IN_FLIGHT = Number(process.env.GATEWAY_MAX_IN_FLIGHT ?? 512);
/** Event-loop delay (p99 over the last second) beyond which the process counts as saturated. */
const MAX_LAG_MS = Number(process.env.GATEWAY_MAX_LAG_MS ?? 150);

/**
 * Load shedding: when the process is saturated, answering 429 at once (with a jittered
 * Retry-After) keeps accepted requests fast, instead of queueing everyone into timeouts.
 */
export function createOverloadGuard({ maxInFlight = MAX_IN_FLIGHT, maxLagMs = MAX_LAG_MS } = {}) {
  let inFlight = 0;
  let lagMs = 0;
  let waiters: (() => void)[] = [];
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const sampler = setInterval(() => {
    lagMs = histogram.percentile(99) / 1e6;
    histogram.reset();
  }, 1000);
  sampler.unref();
  return {
    /** null when the request may proceed; otherwise why it is shed */
    admit(): string | null {
      if (inFlight >= maxInFlight) return "in-flight";
      if (lagMs > maxLagMs) return "event-loop-lag";
      inFlight++;
      return null;
    },
    release() {
      inFlight--;
      if (inFlight === 0) {
        for (const resolve of waiters) resolve();
        waiters = [];
      }
    },
    /** Resolves once no admitted request is in progress (shutdown waits for it). */
    idle(): Promise<void> {
      return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    stats: () => ({ inFlight, lagMs }),
    stop() {
      clearInterval(sampler);
      histogram.disable();
    },
  };
}
