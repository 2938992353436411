/**
 * POST /api/webhooks/stripe through its route handler: the body is limited while it streams,
 * so an endless upload is refused after about a megabyte instead of being held in memory.
 */
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { signedEvent } from "@/testing/stripe-stub";
import { WEBHOOK_MAX_BODY_BYTES } from "./webhook";

const CHUNK = 64 * 1024;
const SIXTY_FOUR_MB = 64 * 1024 * 1024;

/** A body that would produce `size` bytes if read whole, counting what the handler actually pulls. */
function countingBody(size: number) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= size) return controller.close();
        counter.pulled += CHUNK;
        controller.enqueue(new Uint8Array(CHUNK).fill(0x61));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

function post(body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) {
  // Node needs `duplex` for a streamed body; the DOM typings do not know it.
  const init: RequestInit & { duplex: "half" } = { method: "POST", headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=00", ...headers }, body, duplex: "half" };
  return POST(new Request("http://console/api/webhooks/stripe", init));
}

describe("webhook body limit", () => {
  it("a 64 MB chunked body is refused with 413 after about 1 MB has been read", async () => {
    const { stream, counter } = countingBody(SIXTY_FOUR_MB);
    const response = await post(stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ received: false, error: expect.stringContaining(`the limit is ${WEBHOOK_MAX_BODY_BYTES} bytes`) });
    expect(counter.pulled).toBeGreaterThan(WEBHOOK_MAX_BODY_BYTES);
    expect(counter.pulled).toBeLessThanOrEqual(WEBHOOK_MAX_BODY_BYTES + 2 * CHUNK);
  });

  it("a declared Content-Length over the limit is refused before anything is read", async () => {
    const { stream, counter } = countingBody(SIXTY_FOUR_MB);
    const response = await post(stream, { "content-length": String(WEBHOOK_MAX_BODY_BYTES + 1) });
    expect(response.status).toBe(413);
    expect(counter.pulled).toBe(0);
  });

  it("an event streamed in chunks under the limit is still verified and read whole", async () => {
    const delivery = signedEvent(process.env.STRIPE_WEBHOOK_SECRET!, "customer.created", { id: "cus_1", object: "customer" });
    const bytes = new TextEncoder().encode(delivery.payload);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 7) controller.enqueue(bytes.subarray(offset, offset + 7));
        controller.close();
      },
    });
    const response = await post(stream, { "stripe-signature": delivery.signature });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, outcome: "ignored" });
  });
});
