/**
 * Virtual devices speaking the device API over plain HTTP, as firmware would: boot with
 * retries that honour Retry-After (plus jitter), then refresh when refreshAfter says.
 */
export type VirtualDevice = { id: string; secret: string };

export type BootOutcome = { ok: true; latencyMs: number; attempts: number; refreshAfter: number; token: string } | { ok: false; reason: string; attempts: number };

type Envelope = { result?: { data: { refreshAfter: number; session: { token: string } } }; error?: { data?: { reason?: string } } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Reasons worth retrying; the others need a person (seats, credentials, configuration). */
const RETRYABLE = new Set(["RATE_LIMITED", "UNAVAILABLE", "NETWORK"]);

export async function bootWithRetry(gateway: string, device: VirtualDevice, maxAttempts = 8): Promise<BootOutcome> {
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    let status = 0;
    let body: Envelope = {};
    let retryAfter: number | null = null;
    try {
      const response = await fetch(`${gateway}/trpc/device.boot`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ deviceId: device.id, secret: device.secret, firmware: "sim-1.0.0" }),
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      retryAfter = Number(response.headers.get("retry-after")) || null;
      body = (await response.json()) as Envelope;
    } catch {
      body = { error: { data: { reason: "NETWORK" } } };
    }
    if (status === 200 && body.result) {
      return { ok: true, latencyMs: performance.now() - started, attempts: attempt, refreshAfter: body.result.data.refreshAfter, token: body.result.data.session.token };
    }
    const reason = body.error?.data?.reason ?? `HTTP_${status}`;
    if (!RETRYABLE.has(reason) || attempt >= maxAttempts) return { ok: false, reason, attempts: attempt };
    // Honour Retry-After; otherwise exponential backoff with full jitter.
    const waitMs = retryAfter ? retryAfter * 1000 * (1 + Math.random() * 0.5) : Math.random() * Math.min(30_000, 500 * 2 ** attempt);
    await sleep(waitMs);
  }
}

export async function refresh(gateway: string, token: string): Promise<{ ok: boolean; refreshAfter?: number; token?: string }> {
  const response = await fetch(`${gateway}/trpc/device.refresh`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: "{}" });
  const body = (await response.json()) as Envelope;
  return response.ok && body.result ? { ok: true, refreshAfter: body.result.data.refreshAfter, token: body.result.data.session.token } : { ok: false };
}

/** Runs `task` over `items` with at most `concurrency` in flight. */
export async function pool<T, R>(items: T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]!);
      }
    }),
  );
  return results;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Sample = { at: string; kind: "voice" | "video"; e2eMs: number; agentId: string; firstAudioMs: number; asrMs: number; llmMs: number; ttsMs: number; inputTokens: number; outputTokens: number; durationMs: number };

/** The agents a session token allows (its `agents` claim), read without verifying: the device trusts its own gateway. */
export function tokenAgents(token: string): string[] {
  const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { agents?: string[] };
  return payload.agents ?? [];
}

/** Realistic interactions: log-normal end-to-end latency around 0.7 s (voice) or 1.05 s (video), split into stages. */
export function interactions(agents: string[], count: number, now = Date.now()): Sample[] {
  const normal = () => Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
  return Array.from({ length: count }, () => {
    const agentId = agents[Math.floor(Math.random() * agents.length)] ?? "story-teller";
    const kind = agentId.startsWith("visual") ? "video" : "voice";
    const e2eMs = Math.round((kind === "video" ? 1_050 : 700) * Math.exp(0.25 * normal()));
    const asrMs = Math.round(e2eMs * 0.18);
    const llmMs = Math.round(e2eMs * 0.42);
    const ttsMs = Math.round(e2eMs * 0.16);
    return {
      at: new Date(now - Math.floor(Math.random() * 10_000)).toISOString(),
      kind, e2eMs, agentId, asrMs, llmMs, ttsMs,
      firstAudioMs: asrMs + llmMs + Math.round(ttsMs * 0.3),
      inputTokens: 80 + Math.floor(Math.random() * 400),
      outputTokens: 40 + Math.floor(Math.random() * 300),
      durationMs: 4_000 + Math.floor(Math.random() * 25_000),
    };
  });
}

/** Reports one batch; a throttled or failed report is retried with the same batchId (stored once). */
export async function reportTelemetry(gateway: string, token: string, samples: Sample[], maxAttempts = 4): Promise<boolean> {
  const body = JSON.stringify({ batchId: crypto.randomUUID(), samples });
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const response = await fetch(`${gateway}/trpc/device.reportTelemetry`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body, signal: AbortSignal.timeout(10_000) });
      if (response.ok) return true;
      if (response.status !== 429 && response.status !== 503) return false;
      await sleep((Number(response.headers.get("retry-after")) || 1) * 1000 * (1 + Math.random() * 0.5));
    } catch {
      await sleep(Math.random() * 1000 * 2 ** attempt);
    }
  }
  return false;
}
