/**
 * The virtual devices' HTTP client: JSON POSTs over keep-alive connections with node:http.
 * Not fetch: a virtual fleet is load generation, sharing its machine with the gateway in the
 * benchmarks, and fetch's web streams cost it several times the CPU of a plain request
 * (a device, too, keeps one connection and speaks plain HTTP).
 */
import http from "node:http";
import https from "node:https";

export type DeviceResponse<T> = { status: number; retryAfter: number | null; body: T };

const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/** POSTs `body` (JSON) to `url`; rejects on a network error, a body that is not JSON, or no answer within `timeoutMs`. */
export function postJson<T>(url: string, body: string, { authorization, timeoutMs = 10_000 }: { authorization?: string; timeoutMs?: number } = {}): Promise<DeviceResponse<T>> {
  const target = new URL(url);
  const secure = target.protocol === "https:";
  const headers = { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...(authorization ? { authorization } : {}) };
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(target, { method: "POST", agent: secure ? agents.https : agents.http, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        clearTimeout(timer);
        try {
          const retryAfter = Number(response.headers["retry-after"]) || null;
          resolve({ status: response.statusCode ?? 0, retryAfter, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as T });
        } catch (error) {
          reject(error);
        }
      });
    });
    const timer = setTimeout(() => request.destroy(new Error(`no answer from ${target.host} within ${timeoutMs} ms`)), timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
}
