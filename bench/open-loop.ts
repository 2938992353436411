/**
 * An open-loop load generator: requests leave at a fixed arrival rate whatever the server
 * does (autocannon's overallRate only paces closed-loop connections, so a slow server
 * would quietly lower the offered rate). Latency counts from the scheduled send time, so
 * time a request spent waiting for a free connection is counted, not omitted.
 */
import { Agent, request } from "node:http";

export type OpenLoopResult = {
  offered: number;
  sentPerSecond: number;
  maxOutstanding: number;
  /** latency (ms) of each answer, by status */
  latencies: Map<number, number[]>;
  /** Retry-After header values of the 429s, with how often each came */
  retryAfter: Map<string, number>;
  timeouts: number;
  errors: number;
};

type Options = { url: string; ratePerSecond: number; durationS: number; connections: number; timeoutMs: number; body: () => string };

export async function openLoop({ url, ratePerSecond, durationS, connections, timeoutMs, body }: Options): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const total = Math.round(ratePerSecond * durationS);
  const result: OpenLoopResult = { offered: total, sentPerSecond: 0, maxOutstanding: 0, latencies: new Map(), retryAfter: new Map(), timeouts: 0, errors: 0 };
  let outstanding = 0;
  let allSent: () => void;
  const finished = new Promise<void>((resolve) => (allSent = resolve));
  let sent = 0;

  function send(scheduledAt: number) {
    outstanding++;
    result.maxOutstanding = Math.max(result.maxOutstanding, outstanding);
    const payload = body();
    let settled = false;
    const settle = (record: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      record();
      if (--outstanding === 0 && sent === total) allSent();
    };
    const req = request(
      { agent, host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } },
      (res) => {
        res.resume();
        res.on("end", () =>
          settle(() => {
            const status = res.statusCode ?? 0;
            const list = result.latencies.get(status) ?? [];
            list.push(performance.now() - scheduledAt);
            result.latencies.set(status, list);
            const retryAfter = res.headers["retry-after"];
            if (status === 429) result.retryAfter.set(String(retryAfter), (result.retryAfter.get(String(retryAfter)) ?? 0) + 1);
          }),
        );
      },
    );
    // Counted from the scheduled send, like a device's own timeout (10 s in the simulator).
    const timer = setTimeout(() => settle(() => { result.timeouts++; req.destroy(); }), timeoutMs - (performance.now() - scheduledAt));
    req.on("error", () => settle(() => result.errors++));
    req.end(payload);
  }

  const startedAt = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - startedAt) * ratePerSecond) / 1000));
      while (sent < due) send(startedAt + (sent++ * 1000) / ratePerSecond);
      if (sent < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  result.sentPerSecond = total / ((performance.now() - startedAt) / 1000);
  if (outstanding > 0) await finished;
  agent.destroy();
  return result;
}
