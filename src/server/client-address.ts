import type { IncomingMessage } from "node:http";
import { isIPv4 } from "node:net";
import proxyaddr from "proxy-addr";
import { errorText } from "@/server/errors";

/**
 * The header through which the console's HTTP server hands the resolved client address to
 * Next.js. The server deletes any copy a client sent before setting it, so code behind it
 * may trust it (and nothing else: `X-Forwarded-For` is for this module alone).
 */
export const CLIENT_ADDRESS_HEADER = "x-anima-client-address";

type Trust = (address: string, hop: number) => boolean;
const trustNobody: Trust = () => false;

/**
 * Compiles `TRUSTED_PROXIES` (comma-separated addresses or CIDRs, or proxy-addr's names
 * `loopback`, `linklocal`, `uniquelocal`). Unset or empty: no proxy is trusted. Throws a
 * readable error for an entry that is not an address or a range.
 */
export function compileTrustedProxies(list: string | undefined): Trust {
  const entries = (list ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return trustNobody;
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES: ${errorText(error)} (give addresses or CIDRs, comma-separated)`);
  }
}

let fromEnv: { list: string | undefined; trust: Trust } | undefined;
function trustedProxies(): Trust {
  // Read from process.env (validated by env.ts at start) so tests can change it per case.
  const list = process.env.TRUSTED_PROXIES;
  // `!fromEnv` first: unset on the first call is `undefined === undefined`, and nothing would be compiled.
  if (!fromEnv || fromEnv.list !== list) fromEnv = { list, trust: compileTrustedProxies(list) };
  return fromEnv.trust;
}

/**
 * The address of the client behind a request: the socket's peer, unless that peer is a
 * trusted proxy, in which case `X-Forwarded-For` is read from the right, skipping trusted
 * hops, and the first untrusted address is the client. With no trusted proxies the header
 * is ignored entirely, so a client cannot choose the address its limits are counted under.
 * The one helper for the console and the device gateway.
 */
export function clientAddress(req: Pick<IncomingMessage, "headers" | "socket">, trust: Trust = trustedProxies()): string | null {
  if (!req.socket?.remoteAddress) return null;
  return canonical(proxyaddr(req as IncomingMessage, trust));
}

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client: keep one spelling for limits and logs. */
function canonical(address: string): string {
  const mapped = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : null;
  return mapped && isIPv4(mapped) ? mapped : address;
}
