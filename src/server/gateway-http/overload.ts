import { monitorEventLoopDelay } from "node:perf_hooks";
import { env } from "@/server/env";

const WINDOW_MS = 250;
/** The limit never drops below this, so the database pool (20 connections) stays busy even when single requests are slow. */
const MIN_LIMIT = 16;
/** Where the limit starts: low, so a storm on a fresh process is not first admitted 512 deep. */
const INITIAL_LIMIT = 64;

type ShedReason = "in-flight" | "event-loop-lag";
type Window = { startedAt: number; completed: number; slow: number; admitted: number; shed: number; peakInFlight: number };

/**
 * Load shedding: when the process is saturated, answering 429 at once keeps accepted
 * requests fast, instead of queueing everyone into timeouts. How many requests may be in
 * progress adapts (AIMD) to the latency of those that finished in the last window: more
 * than 1 % slower than the target → cut by a quarter; all fast while the limit was reached
 * → raise it by a sixteenth. A fixed cap cannot do this: the right depth is
 * throughput × target latency, and throughput depends on the machine and the request mix.
 * Retry-After spreads shed clients over the time the backlog needs to drain (shed per
 * admitted request), so a fleet that booted together comes back at the rate it can be served.
 */
export function createOverloadGuard({
  /** hard ceiling on requests in progress; the adaptive limit moves under it */
  maxInFlight = env.GATEWAY_MAX_IN_FLIGHT,
  /** event-loop delay (p99 over the last window) beyond which the process counts as saturated */
  maxLagMs = env.GATEWAY_MAX_LAG_MS,
  /** server-side time the admitted requests should stay under (at their p99, per window) */
  targetLatencyMs = env.GATEWAY_TARGET_LATENCY_MS,
  /** longest Retry-After handed out, however deep the backlog */
  maxRetryAfterS = env.GATEWAY_MAX_RETRY_AFTER_S,
  now = () => performance.now(),
} = {}) {
  let inFlight = 0;
  let lagMs = 0;
  let waiters: (() => void)[] = [];
  const minLimit = Math.min(maxInFlight, MIN_LIMIT);
  // An infinite target (capacity benchmarks) turns the adaptation off: the cap is maxInFlight.
  let limit = Number.isFinite(targetLatencyMs) ? Math.min(maxInFlight, INITIAL_LIMIT) : maxInFlight;
  let window: Window = freshWindow(now());
  let lastBacklogRatio = 0;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  // Sampled every window, not every second: shedding everything for a whole second after
  // one slow second starved the accepted rate in the storm benchmark.
  const sampler = setInterval(() => {
    lagMs = histogram.percentile(99) / 1e6;
    histogram.reset();
  }, WINDOW_MS);
  sampler.unref();

  function freshWindow(startedAt: number): Window {
    return { startedAt, completed: 0, slow: 0, admitted: 0, shed: 0, peakInFlight: inFlight };
  }

  function closeWindowIfDue() {
    const at = now();
    if (at - window.startedAt < WINDOW_MS) return;
    const { completed, slow, peakInFlight, shed, admitted } = window;
    const limitReached = peakInFlight >= limit;
    // Nothing finished while the limit was full: the requests inside are stuck, as slow as it gets.
    if (slow > completed * 0.01 || (completed === 0 && limitReached)) limit = Math.max(minLimit, Math.floor(limit * 0.75));
    else if (limitReached) limit = Math.min(maxInFlight, limit + Math.max(1, Math.round(limit / 16)));
    lastBacklogRatio = shed / Math.max(1, admitted);
    window = freshWindow(at);
  }

  function shed(reason: ShedReason) {
    window.shed++;
    return reason;
  }

  return {
    /**
     * Why this request is shed, or null when it is admitted (and counted in progress until
     * `release`): every device request asks once, before any work.
     */
    shedReason(): ShedReason | null {
      closeWindowIfDue();
      if (inFlight >= limit) return shed("in-flight");
      if (lagMs > maxLagMs) return shed("event-loop-lag");
      inFlight++;
      window.admitted++;
      window.peakInFlight = Math.max(window.peakInFlight, inFlight);
      return null;
    },
    /** An admitted request finished after `latencyMs` (its time feeds the adaptive limit). */
    release(latencyMs = 0) {
      inFlight--;
      window.completed++;
      if (latencyMs > targetLatencyMs) window.slow++;
      closeWindowIfDue();
      if (inFlight === 0) {
        for (const resolve of waiters) resolve();
        waiters = [];
      }
    },
    /**
     * Seconds a shed client should wait: uniform over 1 … 1 + (shed per admitted request),
     * at most maxRetryAfterS. With 20,000 devices shed while 300 are admitted per window the
     * spread is about a minute, which is how long the gateway needs to serve them all.
     */
    retryAfterSeconds(random = Math.random): number {
      const backlogRatio = Math.max(lastBacklogRatio, window.shed / Math.max(1, window.admitted));
      const spread = Math.min(maxRetryAfterS - 1, Math.max(1, Math.ceil(backlogRatio)));
      return Math.min(maxRetryAfterS, 1 + Math.floor(random() * (spread + 1)));
    },
    /** Resolves once no admitted request is in progress (shutdown waits for it). */
    idle(): Promise<void> {
      return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    stats: () => ({ inFlight, lagMs, limit }),
    stop() {
      clearInterval(sampler);
      histogram.disable();
    },
  };
}
