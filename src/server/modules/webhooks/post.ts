import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { vetDestination, type DestinationPolicy } from "./destination";

/** What one delivery attempt came to, as the delivery log shows it. */
export type PostOutcome = {
  /** the receiver's HTTP status; null when no answer came (refused, unreachable, timed out) */
  status: number | null;
  /** 2xx: delivered; anything else, a redirect included, is a failure to retry */
  ok: boolean;
  latencyMs: number;
  /** the start of the answer's body (or why there was none), for the delivery log */
  snippet: string;
};

export type PostOptions = DestinationPolicy & {
  /** the whole attempt — connect, send, answer — ends after this (contract: 10 s) */
  timeoutMs: number;
  /** at most this much of the answer is read; the rest is dropped */
  maxResponseBytes: number;
};

const SNIPPET_CHARS = 500;

/**
 * POSTs a JSON body to a vetted receiver: connects to the address the guard checked (no
 * second DNS lookup), never follows redirects, gives up after `timeoutMs` in all, and reads
 * at most `maxResponseBytes` of the answer, so a receiver that hangs, trickles or floods
 * cannot hold a worker or its memory. Never throws.
 */
export async function postJson(rawUrl: string, body: string, headers: Record<string, string>, options: PostOptions): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let destination;
  try {
    destination = await vetDestination(rawUrl, options);
  } catch (error) {
    return { status: null, ok: false, latencyMs: elapsed(), snippet: error instanceof Error ? error.message : String(error) };
  }
  const { url, address, family } = destination;
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const signal = AbortSignal.timeout(options.timeoutMs);
    const finish = (outcome: Omit<PostOutcome, "latencyMs">) => {
      if (settled) return;
      settled = true;
      request.destroy();
      resolve({ ...outcome, latencyMs: elapsed() });
    };
    const request = (url.protocol === "https:" ? https : http).request(url, {
      method: "POST",
      lookup: pinned,
      agent: false,
      signal,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "Anima-Webhooks/1", ...headers },
    });
    request.on("error", (error) =>
      finish({ status: null, ok: false, snippet: signal.aborted ? `No answer within ${options.timeoutMs / 1000} s.` : `Could not deliver: ${error.message}` }),
    );
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const text = Buffer.concat(chunks).toString("utf8").slice(0, SNIPPET_CHARS);
        const redirect = status >= 300 && status < 400 ? ` (redirect to ${response.headers.location ?? "?"} not followed)` : "";
        finish({ status, ok: status >= 200 && status < 300, snippet: `${text}${redirect}` });
      };
      response.on("data", (chunk: Buffer) => {
        const room = options.maxResponseBytes - size;
        if (room > 0) chunks.push(chunk.subarray(0, room));
        size += chunk.length;
        if (size > options.maxResponseBytes) done(); // enough: the rest is not read
      });
      response.on("end", done);
      response.on("error", done);
    });
    request.end(body);
  });
}
