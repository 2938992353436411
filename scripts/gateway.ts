/**
 * The device gateway process (`npm start` runs it beside the console): serves the device
 * API on DEVICE_GATEWAY_PORT, runs its background work (cache invalidation, last-seen
 * writes, signing key rotation), and on SIGINT/SIGTERM stops accepting connections and
 * finishes the requests in flight before exiting.
 */
import type { AddressInfo } from "node:net";
import { onShutdown } from "./lib/shutdown";

async function main() {
  const { db } = await import("@/server/db");
  const { env } = await import("@/server/env");
  const { logger } = await import("@/server/logger");
  const { createGatewayServer } = await import("@/server/gateway-http/server");
  const { startGatewayBackground } = await import("@/server/gateway-http/background");

  const server = createGatewayServer(db);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(env.DEVICE_GATEWAY_PORT, resolve));
  logger.info("device gateway listening", { port: (server.address() as AddressInfo).port });

  const stopBackground = startGatewayBackground(db, { invalidationPollMs: env.CACHE_INVALIDATION_POLL_MS, signingKeyMaxAgeDays: env.SIGNING_KEY_MAX_AGE_DAYS });

  // Stop accepting, let requests in flight finish (even if their client went away), then close the database.
  onShutdown(() => {
    server.close();
    server.closeIdleConnections();
    return server
      .drained()
      .then(stopBackground)
      .then(() => db.$disconnect());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
