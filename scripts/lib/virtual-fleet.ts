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
