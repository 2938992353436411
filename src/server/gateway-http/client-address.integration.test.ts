/**
 * Which address the gateway's per-address limits count under, over HTTP: the socket's unless
 * TRUSTED_PROXIES names it, whatever X-Forwarded-For claims. Observed through the failed-boot
 * limit (set low here), which answers 429 once one address has failed too often.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { inParallel, listeningGateway } from "@/testing/gateway-fleet";
import { bootFrom } from "@/testing/http-request";

vi.hoisted(() => {
  process.env.GATEWAY_FAILED_AUTH_PER_IP_PER_MINUTE = "5";
});

let gateway: Awaited<ReturnType<typeof listeningGateway>>;
beforeAll(async () => {
  gateway = await listeningGateway();
});
afterAll(() => gateway.close());
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

/** Status of a failed boot (a made-up device) sent from `localAddress` claiming `forwardedFor`. */
const failFrom = (localAddress: string, forwardedFor?: string) =>
  bootFrom(gateway.port, { deviceId: "dev_nobody_here_0000000", secret: "wrong" }, { localAddress, forwardedFor }).then((reply) => reply.status);

describe("client address at the gateway", () => {
  it("TRUSTED_PROXIES unset: a client rotating X-Forwarded-For is still one address (limited after 5 failures)", async () => {
    const statuses = await inParallel(12, 1, (i) => failFrom("127.0.2.1", `198.51.100.${i}, 203.0.113.${i}`));
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    // Another socket address is another client, whatever it claims to forward for.
    expect(await failFrom("127.0.2.2", "198.51.100.0")).toBe(401);
  });

  it("TRUSTED_PROXIES=127.0.0.1: the forwarded address is the client, read from the right", async () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    // Through the trusted proxy, each forwarded client has its own count...
    expect(await inParallel(12, 1, (i) => failFrom("127.0.0.1", `192.0.2.${i}`))).toEqual(Array(12).fill(401));
    // ...one forwarded client is limited as itself; a spoofed leftmost entry changes nothing.
    const same = await inParallel(7, 1, (i) => failFrom("127.0.0.1", `10.9.9.${i}, 198.51.100.77`));
    expect(same).toEqual([...Array(5).fill(401), 429, 429]);
    expect(await failFrom("127.0.0.1", "198.51.100.78")).toBe(401);
    // A socket that is not a trusted proxy is counted as itself: its header is ignored.
    expect(await inParallel(7, 1, (i) => failFrom("127.0.2.3", `192.0.2.${100 + i}`))).toEqual([...Array(5).fill(401), 429, 429]);
  });
});
