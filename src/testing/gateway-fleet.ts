import type { AddressInfo } from "node:net";
import { db } from "@/server/db";
import { createGatewayServer, type GatewayServer } from "@/server/gateway-http/server";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { callerFor, createOrgWithMembers, SKU_INPUT, uid } from "./factories";

/** An organization with `count` registered devices, `seats` seats and a published config: every device can boot. */
export async function bootableFleet(count: number, seats = count) {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: count }, (_, i) => ({ serial: `T-${uid()}-${i}` })) });
  if (seats) await grantSeats(db, org.id, { type: "system", label: "test" }, { seats, reason: "gateway tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  return { org, caller, sku, devices };
}

/** A gateway server on a free loopback port (load shedding on event-loop lag off: tests must not depend on how busy the machine is). */
export async function listeningGateway(options: Parameters<typeof createGatewayServer>[2] = {}): Promise<{ server: GatewayServer; port: number; close: () => Promise<void> }> {
  const server = createGatewayServer(db, { maxLagMs: Number.POSITIVE_INFINITY }, options);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Runs `task` for 0 … count-1 with at most `concurrency` at a time; results in index order. */
export async function inParallel<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}
