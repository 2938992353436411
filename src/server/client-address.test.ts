import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, compileTrustedProxies } from "./client-address";

function request(socketAddress: string, forwardedFor?: string) {
  const headers: IncomingMessage["headers"] = forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor };
  return { headers, socket: { remoteAddress: socketAddress } } as Pick<IncomingMessage, "headers" | "socket">;
}

describe("clientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted: the socket is the client", () => {
    const trust = compileTrustedProxies(undefined);
    expect(clientAddress(request("203.0.113.9", "1.2.3.4"), trust)).toBe("203.0.113.9");
    expect(clientAddress(request("127.0.0.1", "1.2.3.4, 5.6.7.8"), trust)).toBe("127.0.0.1");
  });

  it("reads X-Forwarded-For from the right, skipping trusted hops", () => {
    const trust = compileTrustedProxies("10.0.0.0/8, 192.0.2.7");
    // client 198.51.100.1 → proxy 192.0.2.7 → load balancer 10.0.0.5 → us
    expect(clientAddress(request("10.0.0.5", "198.51.100.1, 192.0.2.7"), trust)).toBe("198.51.100.1");
    // A client forging the leftmost entry gains nothing: the rightmost untrusted hop wins.
    expect(clientAddress(request("10.0.0.5", "1.1.1.1, 198.51.100.1"), trust)).toBe("198.51.100.1");
    // A request straight from an untrusted address is that address, whatever it claims.
    expect(clientAddress(request("198.51.100.2", "1.1.1.1"), trust)).toBe("198.51.100.2");
    // Every hop trusted: the leftmost is the best we know.
    expect(clientAddress(request("10.0.0.5", "10.1.1.1"), trust)).toBe("10.1.1.1");
  });

  it("spells IPv4-mapped IPv6 addresses as IPv4", () => {
    expect(clientAddress(request("::ffff:203.0.113.9"), compileTrustedProxies(undefined))).toBe("203.0.113.9");
    expect(clientAddress(request("::1"), compileTrustedProxies(undefined))).toBe("::1");
  });

  it("by default reads TRUSTED_PROXIES from the environment, unset included", () => {
    const saved = process.env.TRUSTED_PROXIES;
    try {
      delete process.env.TRUSTED_PROXIES;
      expect(clientAddress(request("127.0.0.1", "1.2.3.4"))).toBe("127.0.0.1");
      process.env.TRUSTED_PROXIES = "127.0.0.1";
      expect(clientAddress(request("127.0.0.1", "1.2.3.4"))).toBe("1.2.3.4");
    } finally {
      if (saved === undefined) delete process.env.TRUSTED_PROXIES;
      else process.env.TRUSTED_PROXIES = saved;
    }
  });

  it("refuses an entry that is not an address or a range, saying so", () => {
    expect(() => compileTrustedProxies("10.0.0.0/8, proxy.example.com")).toThrow(/TRUSTED_PROXIES/);
  });
});
