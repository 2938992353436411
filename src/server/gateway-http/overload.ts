import { monitorEventLoopDelay } from "node:perf_hooks";
import { env } from "@/server/env";

const WINDOW_MS = 250;
/** The limit never drops below this, so the database pool (20 connections) stays busy even when single requests are slow. */
const MIN_LIMIT = 16;
/** Where the limit starts: low, so a storm on a fresh process is not first admitted 512 deep. */
const INITIAL_LIMIT = 64;
/** Per window: the served rate's memory halves in ~35 windows (~9 s). */
const SERVED_RATE_FADE = 0.98;
/**
 * Shed clients are told to come back at this multiple of the rate served. That rate is measured
 * under a limit still climbing (a cold process, a burst that cut it), so it understates what the
 * gateway can take; a client told too early is refused again for ~20 µs, one told too late leaves
 * the gateway idle while it sleeps. 20,000 first boots converged in 24–54 s at 1×, 21–23 s at 2×.
 */
const RETRY_RATE_OPTIMISM = 2;

type ShedReason = "in-flight" | "event-loop-lag";
type Window = { startedAt: number; completed: number; slow: number; peakInFlight: number };

/**
 * Load shedding: when the process is saturated, answering 429 at once keeps accepted
 * requests fast, instead of queueing everyone into timeouts. How many requests may be in
 * progress adapts (AIMD) to the latency of those that finished in the last window: more
 * than 1 % slower than the target → cut by a quarter; all fast while the limit was reached
 * → raise it by a sixteenth. A fixed cap cannot do this: the right depth is
 * throughput × target latency, and throughput depends on the machine and the request mix.
 * Retry-After spreads shed clients over the time the backlog needs to drain: the clients
 * told to come back and not yet due, divided by the rate requests are being served (doubled, see
 * RETRY_RATE_OPTIMISM), so a fleet
 * that booted together comes back at the rate it can be served — not later (an idle gateway
 * while devices sleep) and not all at once.
 * A request waiting in a group commit (a first boot in the activation queue) is parked: it
 * uses no CPU, so it gives its place under the adaptive limit back until its group has
 * committed, and the wait is not counted in its latency. Holding places, first boots kept the
 * limit at 30–70, groups of 2 and ~500 activations/s; a group commit's throughput grows with
 * the number waiting (hundreds per group, ~1,500/s). Parked requests still count against maxInFlight.
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
  let parked = 0;
  let lagMs = 0;
  let waiters: (() => void)[] = [];
  const minLimit = Math.min(maxInFlight, MIN_LIMIT);
  // An infinite target (capacity benchmarks) turns the adaptation off: the cap is maxInFlight.
  let limit = Number.isFinite(targetLatencyMs) ? Math.min(maxInFlight, INITIAL_LIMIT) : maxInFlight;
  let window: Window = freshWindow(now());
  /** Requests served per second: the best recent window's rate, fading (half-life ~9 s) so that it follows a slower mix. */
  let servedPerSecond = 0;
  // Clients told to come back, by the second they were told to (a ring over the longest Retry-After), and their total.
  const promised = new Array<number>(maxRetryAfterS + 1).fill(0);
  let promisedSecond = Math.floor(now() / 1000);
  let waiting = 0;
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
    return { startedAt, completed: 0, slow: 0, peakInFlight: inFlight };
  }

  function closeWindowIfDue() {
    const at = now();
    if (at - window.startedAt < WINDOW_MS) return;
    const { completed, slow, peakInFlight } = window;
    const limitReached = peakInFlight >= limit;
    // Nothing finished while the limit was full: the requests inside are stuck, as slow as it gets.
    if (slow > completed * 0.01 || (completed === 0 && limitReached)) limit = Math.max(minLimit, Math.floor(limit * 0.75));
    else if (limitReached) limit = Math.min(maxInFlight, limit + Math.max(1, Math.round(limit / 16)));
    servedPerSecond = Math.max(completed / ((at - window.startedAt) / 1000), servedPerSecond * SERVED_RATE_FADE);
    window = freshWindow(at);
  }

  /** Forgets the promises that came due. */
  function advancePromises() {
    const second = Math.floor(now() / 1000);
    for (let steps = 0; promisedSecond < second && steps <= promised.length; steps++) {
      promisedSecond++;
      const slot = promisedSecond % promised.length;
      waiting -= promised[slot]!;
      promised[slot] = 0;
    }
    promisedSecond = Math.max(promisedSecond, second);
  }

  return {
    /**
     * Why this request is shed, or null when it is admitted (and counted in progress until
     * `release`): every device request asks once, before any work.
     */
    shedReason(): ShedReason | null {
      closeWindowIfDue();
      if (inFlight >= limit || inFlight + parked >= maxInFlight) return "in-flight";
      if (lagMs > maxLagMs) return "event-loop-lag";
      inFlight++;
      window.peakInFlight = Math.max(window.peakInFlight, inFlight);
      return null;
    },
    /** An admitted request finished after `latencyMs` (its time feeds the adaptive limit). */
    release(latencyMs = 0) {
      inFlight--;
      window.completed++;
      if (latencyMs > targetLatencyMs) window.slow++;
      closeWindowIfDue();
      if (inFlight + parked === 0) {
        for (const resolve of waiters) resolve();
        waiters = [];
      }
    },
    /**
     * Waits for `work` with an admitted request parked (see above); it takes its place under the
     * limit back when `work` settles, even beyond the limit: it was admitted already.
     */
    async park<T>(work: Promise<T>): Promise<T> {
      inFlight--;
      parked++;
      try {
        return await work;
      } finally {
        parked--;
        inFlight++;
      }
    },
    /**
     * Seconds a shed client should wait: uniform over 1 … 1 + the time the gateway needs to
     * serve everyone already told to wait, at twice the rate served (at least the admitted
     * requests' worth at the target latency, before anything was measured), at most
     * maxRetryAfterS. Told 20,000 devices at once while serving 1,000 a second, the spread grows
     * to about 10 s as the promises pile up.
     */
    retryAfterSeconds(random = Math.random): number {
      advancePromises();
      const rate = Math.max(RETRY_RATE_OPTIMISM * servedPerSecond, Number.isFinite(targetLatencyMs) ? limit / (targetLatencyMs / 1000) : 0, 1);
      const spread = Math.min(maxRetryAfterS - 1, Math.max(1, Math.ceil((waiting + 1) / rate)));
      const seconds = Math.min(maxRetryAfterS, 1 + Math.floor(random() * (spread + 1)));
      promised[(promisedSecond + seconds) % promised.length]!++;
      waiting++;
      return seconds;
    },
    /** Resolves once no admitted request is in progress (shutdown waits for it). */
    idle(): Promise<void> {
      return inFlight + parked === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    stats: () => ({ inFlight, parked, lagMs, limit }),
    stop() {
      clearInterval(sampler);
      histogram.disable();
    },
  };
}
