/**
 * The worker process (`npm start` runs it beside the console and the gateway): telemetry
 * rollups, rollout supervision, webhooks, alert rules and retention on pg-boss. Stops cleanly on SIGINT/SIGTERM (running jobs finish).
 */
import { onShutdown } from "./lib/shutdown";

async function main() {
  const { db } = await import("@/server/db");
  const { env } = await import("@/server/env");
  const { logger } = await import("@/server/logger");
  const { startWorker } = await import("@/server/worker/worker");

  const stopWorker = await startWorker(db, {
    connectionString: env.DATABASE_URL!,
    rollupEverySeconds: env.TELEMETRY_ROLLUP_EVERY_SECONDS,
    alertsEverySeconds: env.ALERTS_EVERY_SECONDS,
    retentionDays: env.TELEMETRY_RETENTION_DAYS,
  });
  logger.info("worker running", { rollupEverySeconds: env.TELEMETRY_ROLLUP_EVERY_SECONDS, retentionDays: env.TELEMETRY_RETENTION_DAYS });

  onShutdown(() => stopWorker().then(() => db.$disconnect()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
