/**
 * The device gateway process (`npm start` runs it beside the console): serves the device
 * API on DEVICE_GATEWAY_PORT, rotates the signing key when it is due, and on SIGINT/SIGTERM
 * stops accepting connections and finishes the requests in flight before exiting.
 */
import type { AddressInfo } from "node:net";

const ROTATION_CHECK_MS = 3_600_000;
const KEY_MAX_AGE_DAYS = Number(process.env.SIGNING_KEY_MAX_AGE_DAYS ?? 30);

async function main() {
  const { db } = await import("@/server/db");
  const { env } = await import("@/server/env");
  const { logger } = await import("@/server/logger");
  const { createGatewayServer } = await import("@/server/gateway/server");
  const { rotateIfDue } = await import("@/server/modules/sessions/signing-keys");

  const server = createGatewayServer(db);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(env.DEVICE_GATEWAY_PORT, resolve));
  logger.info("device gateway listening", { port: (server.address() as AddressInfo).port });

  const checkRotation = () =>
    rotateIfDue(db, KEY_MAX_AGE_DAYS).then(
      (rotated) => rotated && logger.info("signing key rotated on schedule"),
      (error: unknown) => logger.warn("signing key rotation check failed", { error: error instanceof Error ? error.message : String(error) }),
    );
  void checkRotation();
  const timer = setInterval(checkRotation, ROTATION_CHECK_MS);
  timer.unref();

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    // Stop accepting, let requests in flight finish (even if their client went away), then close the database.
    server.close();
    server.closeIdleConnections();
    void server
      .drained()
      .then(() => db.$disconnect())
      .finally(() => process.exit(0));
    setTimeout(() => process.exit(1), 15_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
