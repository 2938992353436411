/**
 * A fixed arrival rate for the storm: autocannon's `overallRate` over many connections. A
 * connection waits for its answer before its next request, so a slow server could quietly
 * lower the rate offered (coordinated omission): the result says what was really sent, and
 * the storm only counts as offered when that is ≥ 95 % of the target. With shedding, most
 * answers are immediate 429s, so connections free up at once. (A hand-written node:http
 * generator could not send more than ~7,600 req/s on this machine next to the gateway;
 * autocannon's client costs far less per request.)
 */
import autocannon from "autocannon";

export type OpenLoopResult = {
  offered: number;
  sentPerSecond: number;
  /** latency (ms) of each answer, by status */
  latencies: Map<number, number[]>;
  /** Retry-After header values of the 429s, with how often each came */
  retryAfter: Map<string, number>;
  timeouts: number;
  errors: number;
};

type Options = { url: string; ratePerSecond: number; durationS: number; connections: number; timeoutMs: number; body: () => string };

export async function openLoop({ url, ratePerSecond, durationS, connections, timeoutMs, body }: Options): Promise<OpenLoopResult> {
  const latencies = new Map<number, number[]>();
  const retryAfter = new Map<string, number>();
  const options: autocannon.Options = {
    url,
    method: "POST",
    connections,
    overallRate: ratePerSecond,
    duration: durationS,
    timeout: timeoutMs / 1000,
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: body() }),
        onResponse: (status, _body, _context, headers) => {
          // autocannon keeps the header names as sent ("Retry-After").
          const value = String(Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === "retry-after")?.[1]);
          if (status === 429) retryAfter.set(value, (retryAfter.get(value) ?? 0) + 1);
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)));
    instance.on("response", (_client, status, _bytes, responseTimeMs) => {
      const list = latencies.get(status) ?? [];
      list.push(responseTimeMs);
      latencies.set(status, list);
    });
  });
  return { offered: Math.round(ratePerSecond * durationS), sentPerSecond: result.requests.sent / result.duration, latencies, retryAfter, timeouts: result.timeouts, errors: result.errors };
}
