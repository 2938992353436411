/**
 * The TypeScript client against the real /api/v1 route handlers (its fetch hands each request
 * to them, as the server would): typed calls, the error reason, Retry-After.
 */
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/[trpc]/route";
import { createKey, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { animaErrorReason, createAnimaClient, retryingFetch } from "./index";

/** Requests to the console go to the route handlers themselves. */
const handlers: typeof fetch = async (input, init) => {
  const request = new Request(input instanceof Request ? input : String(input), init);
  return request.method === "POST" ? POST(request) : GET(request);
};

describe("the TypeScript client of /api/v1", () => {
  it("registers devices and reads the balance with just an API key; errors carry their reason", async () => {
    const { org } = await createOrgWithMembers();
    const anima = createAnimaClient({ baseUrl: "http://console.test/", apiKey: (await createKey(org.id, ["skus:write", "devices:write", "licenses:read"])).key, fetch: handlers });
    const sku = await anima.skus.create.mutate({ ...SKU_INPUT, code: "TS-CLIENT" });
    const { devices } = await anima.devices.register.mutate({ skuId: sku.id, serials: ["TS-1", "TS-2"] });
    expect(devices.map((device) => device.serial)).toEqual(["TS-1", "TS-2"]);
    expect(devices.every((device) => "secret" in device && device.secret.length > 20)).toBe(true);
    expect(await anima.licenses.balance.query()).toEqual({ seatsTotal: 0, seatsUsed: 0, seatsAvailable: 0 });
    expect((await anima.devices.list.query({ limit: 10 })).items).toHaveLength(2);

    const refused = await anima.skus.create.mutate({ ...SKU_INPUT, code: "TS-CLIENT" }).catch((error: unknown) => error);
    expect(animaErrorReason(refused)).toBeDefined();
    const readOnly = createAnimaClient({ baseUrl: "http://console.test", apiKey: (await createKey(org.id, ["licenses:read"])).key, fetch: handlers });
    expect(animaErrorReason(await readOnly.skus.create.mutate({ ...SKU_INPUT, code: "TS-2" }).catch((error: unknown) => error))).toBe("SCOPE_MISSING");
  });

  it("waits out a 429 for its Retry-After, then gets the answer; gives up after maxRetries", async () => {
    let calls = 0;
    const times: number[] = [];
    const limited: typeof fetch = async () => {
      calls += 1;
      times.push(Date.now());
      return calls === 1 ? new Response("{}", { status: 429, headers: { "retry-after": "1" } }) : new Response("ok", { status: 200 });
    };
    const response = await retryingFetch(limited, 3)("http://console.test/api/v1/me");
    expect(response.status).toBe(200);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);

    const always: typeof fetch = async () => new Response("{}", { status: 503, headers: { "retry-after": "0" } });
    expect((await retryingFetch(always, 2)("http://console.test/api/v1/me")).status).toBe(503);
  });
});
