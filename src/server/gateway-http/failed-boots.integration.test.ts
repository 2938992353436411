/**
 * No lockout by strangers, over HTTP against the real gateway: the stranger and the real device
 * connect from different loopback addresses (127.0.0.0/8 is all loopback on Linux), as they
 * would from different networks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/server/env";
import { bootableFleet, inParallel, listeningGateway } from "@/testing/gateway-fleet";
import { bootFrom, rawRequest, type RawReply } from "@/testing/http-request";

let gateway: Awaited<ReturnType<typeof listeningGateway>>;
beforeAll(async () => {
  gateway = await listeningGateway();
});
afterAll(() => gateway.close());

type Envelope = { result?: { data: { session: { token: string } } }; error?: { data: { code: string; reason?: string } } };
const body = (reply: RawReply) => reply.json() as Envelope;

function tally(replies: RawReply[]) {
  const counts: Record<string, number> = {};
  for (const reply of replies) {
    const key = reply.status === 200 ? "200" : `${reply.status} ${body(reply).error?.data?.reason ?? reply.text.slice(0, 80)}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function expectRealDeviceServed(device: { id: string; secret: string }, localAddress: string) {
  const booted = await bootFrom(gateway.port, { deviceId: device.id, secret: device.secret }, { localAddress });
  expect(booted.status, booted.text).toBe(200);
  const token = body(booted).result!.data.session.token;
  const refreshed = await rawRequest(gateway.port, { path: "/trpc/device.refresh", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: "{}", localAddress });
  expect(refreshed.status, refreshed.text).toBe(200);
  // Its own budget is whole: it can keep booting up to GATEWAY_DEVICE_RATE_PER_MINUTE (the refresh took one).
  const more = await inParallel(env.GATEWAY_DEVICE_RATE_PER_MINUTE - 2, 4, () => bootFrom(gateway.port, { deviceId: device.id, secret: device.secret }, { localAddress }));
  expect(tally(more)).toEqual({ "200": env.GATEWAY_DEVICE_RATE_PER_MINUTE - 2 });
}

describe("failed boots over HTTP", () => {
  it("a stranger failing 1,000 times from one address gets 429 with Retry-After; the real device boots, refreshes and keeps its budget", async () => {
    const { devices } = await bootableFleet(1);
    const device = devices[0]!;
    const stranger = await inParallel(1_000, 20, (i) => bootFrom(gateway.port, { deviceId: device.id, secret: `guess-${i}` }, { localAddress: "127.0.0.2" }));
    const perAddress = env.GATEWAY_FAILED_AUTH_PER_IP_PER_MINUTE;
    expect(tally(stranger)).toEqual({ "401 INVALID_CREDENTIALS": perAddress, "429 RATE_LIMITED": 1_000 - perAddress });
    expect(Number(stranger.at(-1)!.headers["retry-after"])).toBeGreaterThanOrEqual(1);

    await expectRealDeviceServed(device, "127.0.0.1");
    expect((await bootFrom(gateway.port, { deviceId: device.id, secret: "guess" }, { localAddress: "127.0.0.2" })).status).toBe(429);
  });

  it("1,000 failures from 50 addresses: past the per-device ceiling failures are 429, the real device still boots", async () => {
    const { devices } = await bootableFleet(1);
    const device = devices[0]!;
    const address = (i: number) => `127.0.1.${10 + (i % 50)}`; // 20 failures each: under the per-address limit
    const botnet = await inParallel(1_000, 20, (i) => bootFrom(gateway.port, { deviceId: device.id, secret: `guess-${i}` }, { localAddress: address(i) }));
    const perDevice = env.GATEWAY_FAILED_AUTH_PER_DEVICE_PER_HOUR;
    expect(tally(botnet)).toEqual({ "401 INVALID_CREDENTIALS": perDevice, "429 RATE_LIMITED": 1_000 - perDevice });

    await expectRealDeviceServed(device, address(0));
    expect((await bootFrom(gateway.port, { deviceId: device.id, secret: "guess" }, { localAddress: "127.0.0.1" })).status).toBe(429);
  });
});
