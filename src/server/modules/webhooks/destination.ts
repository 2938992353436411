import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/*
 * SSRF defence for webhook URLs (docs/webhooks.md): a receiver must be a public address.
 * The host is resolved once, every address it resolves to is checked, and the request then
 * connects to the vetted address itself (no second lookup a DNS rebinding could change).
 */

export type DestinationPolicy = {
  /** only https (production); http is allowed for local demos and tests */
  requireHttps: boolean;
  /** private, loopback and link-local receivers are allowed (WEBHOOK_ALLOW_PRIVATE_URLS=1) */
  allowPrivate: boolean;
};

export type VettedDestination = { url: URL; address: string; family: 4 | 6 };

/** Addresses a webhook may never reach unless private URLs are allowed: private, loopback, link-local (cloud metadata), CGNAT, multicast, reserved. */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [["::", 128], ["::1", 128], ["64:ff9b::", 96], ["100::", 64], ["2001:db8::", 32], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8]] as const) {
  BLOCKED.addSubnet(network, prefix, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped IPv6 address, dotted ("::ffff:10.0.0.1") or in hex as URLs write it ("::ffff:a00:1"). */
function ipv4Mapped(address: string): string | null {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (dotted) return dotted;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** True for an address no public receiver has (an IPv4-mapped IPv6 address is judged as its IPv4 address). */
export function isPrivateAddress(address: string): boolean {
  const mapped = ipv4Mapped(address);
  if (mapped) return BLOCKED.check(mapped, "ipv4");
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family === 6) return BLOCKED.check(address, "ipv6");
  return true;
}

export class DestinationRefused extends Error {}

/** Parses and checks a receiver URL, resolving its host; throws DestinationRefused with a reason people can act on. */
export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;
const systemResolve: Resolve = (host) => lookup(host, { all: true, verbatim: true });

export async function vetDestination(raw: string, policy: DestinationPolicy, resolve: Resolve = systemResolve): Promise<VettedDestination> {
  const shape = checkUrlShape(raw, policy);
  if (shape) throw new DestinationRefused(shape);
  const url = new URL(raw);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host);
  } catch {
    throw new DestinationRefused(`The host ${host} could not be resolved.`);
  }
  if (addresses.length === 0) throw new DestinationRefused(`The host ${host} could not be resolved.`);
  if (!policy.allowPrivate) {
    const blocked = addresses.find(({ address }) => isPrivateAddress(address));
    if (blocked) throw new DestinationRefused(`The host ${host} resolves to ${blocked.address}, a private, loopback or link-local address: webhooks only reach public receivers.`);
  }
  const [first] = addresses;
  return { url, address: first!.address, family: first!.family === 6 ? 6 : 4 };
}

/**
 * The checks a URL can pass or fail without the network (scheme, credentials, a literal
 * private address or localhost): what creating an endpoint refuses at once. Resolution is
 * checked again at every delivery, since a host's addresses can change.
 */
export function checkUrlShape(raw: string, policy: DestinationPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "The URL is not a valid absolute URL.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "A webhook URL must use https (or http for local tests).";
  if (url.protocol === "http:" && policy.requireHttps) return "A webhook URL must use https.";
  if (url.username || url.password) return "A webhook URL may not carry a user name or password; use the signing secret to authenticate.";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!policy.allowPrivate && (host === "localhost" || host.endsWith(".localhost") || (isIP(host) && isPrivateAddress(host)))) {
    return `${host} is a private, loopback or link-local address: webhooks only reach public receivers.`;
  }
  return null;
}
