import { Agent, request, type IncomingHttpHeaders } from "node:http";

/** One keep-alive agent per source address: a thousand requests need not be a thousand connections. */
const agents = new Map<string, Agent>();
const agentFor = (localAddress = "127.0.0.1") => {
  let agent = agents.get(localAddress);
  if (!agent) agents.set(localAddress, (agent = new Agent({ keepAlive: true, localAddress })));
  return agent;
};

export type RawReply = { status: number; headers: IncomingHttpHeaders; text: string; json: () => unknown };

/**
 * One HTTP/1.1 request with node:http, for what fetch cannot do: any method (TRACE, CONNECT…),
 * an exact body with its length, and a chosen source address (`localAddress`: on Linux every
 * 127.0.0.0/8 address is loopback, so one test can be many clients).
 */
export function rawRequest(
  port: number,
  { method = "POST", path, headers = {}, body, localAddress }: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string },
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(body);
    const sent = { ...headers, ...(payload ? { "content-length": String(payload.length) } : {}) };
    const req = request({ host: "127.0.0.1", port, method, path, headers: sent, agent: agentFor(localAddress) }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}

/** `device.boot` from `localAddress` (default 127.0.0.1), optionally claiming `forwardedFor` in X-Forwarded-For. */
export function bootFrom(port: number, input: Record<string, unknown>, { localAddress, forwardedFor }: { localAddress?: string; forwardedFor?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor;
  return rawRequest(port, { path: "/trpc/device.boot", headers, body: JSON.stringify(input), localAddress });
}
