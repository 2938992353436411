/**
 * Virtual devices speaking the device API over plain HTTP, as firmware would: boot with
 * retries that honour Retry-After (plus jitter), then refresh when refreshAfter says.
 * `npm run simulate` and the convergence benchmark both boot fleets with `bootFleet`.
 */
import { postJson } from "./device-http";

export type VirtualDevice = { id: string; secret: string };

export type BootOutcome = { ok: true; latencyMs: number; attempts: number; refreshAfter: number; token: string } | { ok: false; reason: string; attempts: number };

type Envelope = { result?: { data: { refreshAfter: number; session: { token: string } } }; error?: { data?: { reason?: string } } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Reasons worth retrying; the others need a person (seats, credentials, configuration). */
const RETRYABLE = new Set(["RATE_LIMITED", "UNAVAILABLE", "NETWORK"]);

/**
 * How long to wait before trying again: Retry-After when the gateway sent one (it is whole
 * seconds and already spread by the gateway; up to a second more spreads the devices told
 * the same number), otherwise exponential backoff with full jitter.
 */
function retryDelayMs(retryAfterSeconds: number | null, attempt: number, random = Math.random): number {
  return retryAfterSeconds ? retryAfterSeconds * 1000 + random() * 1000 : random() * Math.min(30_000, 500 * 2 ** attempt);
}

/** Runs tasks with at most `n` at a time: the connections a fleet's NAT or load balancer opens to the gateway. */
function requestSlots(n: number) {
  let running = 0;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((resolve) => queue.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter (running stays the same), or free it.
      const next = queue.shift();
      if (next) next();
      else running--;
    }
  };
}

export type BootOptions = {
  /** Attempts before giving up on a retryable refusal; firmware retries for good, a simulation must end. */
  maxAttempts?: number;
  /** Where the HTTP requests queue when the fleet's connections are all busy. */
  slots?: ReturnType<typeof requestSlots>;
  /** Told the HTTP status of every attempt (0: no answer). */
  onAnswer?: (status: number) => void;
};

async function bootWithRetry(gateway: string, device: VirtualDevice, { maxAttempts = 30, slots = (task) => task(), onAnswer }: BootOptions = {}): Promise<BootOutcome> {
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    let status = 0;
    let body: Envelope = {};
    let retryAfter: number | null = null;
    try {
      const request = JSON.stringify({ deviceId: device.id, secret: device.secret, firmware: "sim-1.0.0" });
      ({ status, retryAfter, body } = await slots(() => postJson<Envelope>(`${gateway}/trpc/device.boot`, request)));
    } catch {
      body = { error: { data: { reason: "NETWORK" } } };
    }
    onAnswer?.(status);
    if (status === 200 && body.result) {
      return { ok: true, latencyMs: performance.now() - started, attempts: attempt, refreshAfter: body.result.data.refreshAfter, token: body.result.data.session.token };
    }
    const reason = body.error?.data?.reason ?? `HTTP_${status}`;
    if (!RETRYABLE.has(reason) || attempt >= maxAttempts) return { ok: false, reason, attempts: attempt };
    await sleep(retryDelayMs(retryAfter, attempt));
  }
}

/**
 * Boots a whole fleet at once — every device starts together, as after a power cut — with at
 * most `connections` requests in flight, and summarises how it converged.
 */
export async function bootFleet(gateway: string, devices: VirtualDevice[], { connections, maxAttempts }: { connections: number; maxAttempts?: number }) {
  const slots = requestSlots(connections);
  const statuses: Record<string, number> = {};
  const onAnswer = (status: number) => void (statuses[status] = (statuses[status] ?? 0) + 1);
  const started = performance.now();
  const outcomes = await Promise.all(devices.map((device) => bootWithRetry(gateway, device, { maxAttempts, slots, onAnswer })));
  const convergedMs = performance.now() - started;
  const latencies = outcomes.flatMap((o) => (o.ok ? [o.latencyMs] : [])).sort((a, b) => a - b);
  const failures: Record<string, number> = {};
  for (const o of outcomes) if (!o.ok) failures[o.reason] = (failures[o.reason] ?? 0) + 1;
  const summary = {
    devices: devices.length,
    booted: latencies.length,
    failures,
    retries: outcomes.reduce((sum, o) => sum + o.attempts - 1, 0),
    /** Every attempt's HTTP status ("0": no answer) and how often it came. */
    statuses,
    maxAttempts: Math.max(0, ...outcomes.map((o) => o.attempts)),
    convergedSeconds: Number((convergedMs / 1000).toFixed(2)),
    bootLatencyMs: { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), p99: Math.round(percentile(latencies, 99)) },
  };
  return { outcomes, summary };
}

export async function refresh(gateway: string, token: string): Promise<{ ok: boolean; refreshAfter?: number; token?: string }> {
  const { status, body } = await postJson<Envelope>(`${gateway}/trpc/device.refresh`, "{}", { authorization: `Bearer ${token}` });
  return status === 200 && body.result ? { ok: true, refreshAfter: body.result.data.refreshAfter, token: body.result.data.session.token } : { ok: false };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Sample = { at: string; kind: "voice" | "video"; e2eMs: number; agentId: string; firstAudioMs: number; asrMs: number; llmMs: number; ttsMs: number; inputTokens: number; outputTokens: number; durationMs: number };

/** A session token's claims, read without verifying: the device trusts its own gateway. */
const tokenClaims = (token: string) => JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { agents?: string[]; cfg?: number };

/** The agents a session token allows (its `agents` claim). */
export const tokenAgents = (token: string): string[] => tokenClaims(token).agents ?? [];

/** The config version a session token was given for (its `cfg` claim): the version its telemetry counts for. */
export const tokenConfigVersion = (token: string): number | null => tokenClaims(token).cfg ?? null;

/**
 * The same interactions `extraMs` slower, all of it in the LLM stage (as a heavier lineup
 * would be): how the simulator plays a bad config version for a rollout's gate to catch.
 */
export function slowedDown(samples: Sample[], extraMs: number): Sample[] {
  return samples.map((sample) => ({ ...sample, e2eMs: sample.e2eMs + extraMs, llmMs: sample.llmMs + extraMs, firstAudioMs: sample.firstAudioMs + extraMs }));
}

/** Share of the time a simulated device is in a conversation by default: busy, but a person talks to it, not a loop. */
export const SIMULATED_TALK_SHARE = 0.25;

const MEAN_DURATION_MS = 16_500;

/**
 * One device's conversations, one at a time (a device has one microphone): each 4–29 s long,
 * separated by random idle gaps sized so that about `talkShare` of the time is spent talking
 * (1: back to back). `until(now)` returns the interactions that started since the last call,
 * so a fleet's interaction minutes never exceed its device minutes. End-to-end latency is
 * log-normal around 0.7 s (voice) or 1.05 s (video), split into stages.
 */
export function talker(agents: string[], talkShare = SIMULATED_TALK_SHARE, start = Date.now()) {
  if (!(talkShare > 0 && talkShare <= 1)) throw new Error("talkShare must be in (0, 1]");
  const meanGapMs = (MEAN_DURATION_MS * (1 - talkShare)) / talkShare;
  // Exponential gaps: conversations start at random, not on a beat.
  const gap = () => Math.floor(-Math.log(1 - Math.random()) * meanGapMs);
  let nextStart = start + gap();
  return {
    until(now = Date.now()): Sample[] {
      const samples: Sample[] = [];
      while (nextStart <= now) {
        const sample = interaction(agents, nextStart);
        samples.push(sample);
        nextStart += sample.durationMs + gap();
      }
      return samples;
    },
  };
}

function interaction(agents: string[], at: number): Sample {
  const normal = () => Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
  const agentId = agents[Math.floor(Math.random() * agents.length)] ?? "story-teller";
  const kind = agentId.startsWith("visual") ? "video" : "voice";
  const e2eMs = Math.round((kind === "video" ? 1_050 : 700) * Math.exp(0.25 * normal()));
  const asrMs = Math.round(e2eMs * 0.18);
  const llmMs = Math.round(e2eMs * 0.42);
  const ttsMs = Math.round(e2eMs * 0.16);
  return {
    at: new Date(at).toISOString(),
    kind, e2eMs, agentId, asrMs, llmMs, ttsMs,
    firstAudioMs: asrMs + llmMs + Math.round(ttsMs * 0.3),
    inputTokens: 80 + Math.floor(Math.random() * 400),
    outputTokens: 40 + Math.floor(Math.random() * 300),
    durationMs: 4_000 + Math.floor(Math.random() * 25_000),
  };
}

/** Reports one batch; a throttled or failed report is retried with the same batchId (stored once). */
export async function reportTelemetry(gateway: string, token: string, samples: Sample[], maxAttempts = 4): Promise<boolean> {
  const body = JSON.stringify({ batchId: crypto.randomUUID(), samples });
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const { status, retryAfter } = await postJson(`${gateway}/trpc/device.reportTelemetry`, body, { authorization: `Bearer ${token}` });
      if (status >= 200 && status < 300) return true;
      if (status !== 429 && status !== 503) return false;
      await sleep(retryDelayMs(retryAfter ?? 1, attempt));
    } catch {
      await sleep(Math.random() * 1000 * 2 ** attempt);
    }
  }
  return false;
}
