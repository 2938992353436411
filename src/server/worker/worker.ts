import PgBoss from "pg-boss";
import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import { evaluateAlerts } from "@/server/modules/alerts/evaluate";
import { pruneEvents } from "@/server/modules/events/prune";
import { runSeatTerms } from "@/server/modules/licenses/seat-term-jobs";
import { makeSamplePartitions } from "@/server/modules/telemetry/partitions";
import { pruneTelemetry } from "@/server/modules/telemetry/prune";
import { superviseRollouts } from "@/server/modules/rollouts/supervise";
import { rollUpAll } from "@/server/modules/telemetry/rollup";
import { deliverDue, WEBHOOK_LIMITS } from "@/server/modules/webhooks/deliver";
import { dispatchAll } from "@/server/modules/webhooks/dispatch";
import { destinationPolicy } from "@/server/modules/webhooks/endpoints";
import { errorText } from "@/server/errors";

const ROLLUP = "telemetry-rollup";
const PRUNE = "telemetry-prune";
const WEBHOOKS = "webhooks";
const ALERTS = "alerts";
const SEAT_TERMS = "seat-terms";
/** Delivery rounds follow each other this closely: a new event reaches its receivers within seconds. */
const WEBHOOKS_EVERY_SECONDS = 2;

export type WorkerOptions = { connectionString: string; rollupEverySeconds: number; alertsEverySeconds: number; retentionDays: number };

/**
 * Background jobs on pg-boss (Postgres-backed, no extra server). Rollups run as a chain:
 * each run queues the next one a few seconds later ("stately" queue: at most one queued and
 * one running, whatever the number of workers), and a per-minute schedule restarts the chain
 * if a worker died holding it. Webhooks run as a chain of their own: new events fanned out
 * to their endpoints, then every due delivery sent (docs/webhooks.md). After each rollup, staged
 * rollouts are supervised (gate, then step clock: docs/rollouts.md), so a gate sees new
 * telemetry within seconds. Alert rules are judged in a chain of their own, every
 * `alertsEverySeconds` (docs/alerts.md). Hourly, and once at start, the raw samples' day
 * partitions are made ahead; retention (telemetry, events) runs hourly. Every minute, seat terms
 * are reminded of, ended and, after their grace period, enforced (seat-term-jobs.ts). All jobs are idempotent.
 */
export async function startWorker(db: Db, options: WorkerOptions): Promise<() => Promise<void>> {
  const boss = new PgBoss({ connectionString: options.connectionString, max: 2, schema: "pgboss" });
  boss.on("error", (error: Error) => logger.warn("job queue error", { error: errorText(error) }));
  await boss.start();
  await boss.createQueue(ROLLUP, { name: ROLLUP, policy: "stately" });
  await boss.createQueue(PRUNE, { name: PRUNE, policy: "stately" });
  await boss.createQueue(WEBHOOKS, { name: WEBHOOKS, policy: "stately" });
  await boss.createQueue(ALERTS, { name: ALERTS, policy: "stately" });
  await boss.createQueue(SEAT_TERMS, { name: SEAT_TERMS, policy: "stately" });
  await boss.schedule(ROLLUP, "* * * * *");
  await boss.schedule(WEBHOOKS, "* * * * *");
  await boss.schedule(PRUNE, "17 * * * *");
  await boss.schedule(ALERTS, "* * * * *");
  await boss.schedule(SEAT_TERMS, "* * * * *");

  await boss.work(ROLLUP, { pollingIntervalSeconds: 1 }, async () => {
    try {
      const batches = await rollUpAll(db);
      if (batches) logger.debug("telemetry rolled up", { batches });
      const rollouts = await superviseRollouts(db);
      if (rollouts.rolledBack || rollouts.advanced) logger.info("rollouts supervised", rollouts);
    } finally {
      await boss.send(ROLLUP, {}, { startAfter: options.rollupEverySeconds });
    }
  });
  await boss.work(WEBHOOKS, { pollingIntervalSeconds: 1 }, async () => {
    try {
      const dispatched = await dispatchAll(db);
      const sent = await deliverDue(db, { ...destinationPolicy(), ...WEBHOOK_LIMITS });
      if (dispatched || sent.delivered || sent.failed) logger.debug("webhooks", { dispatched, ...sent });
    } finally {
      await boss.send(WEBHOOKS, {}, { startAfter: WEBHOOKS_EVERY_SECONDS });
    }
  });
  await boss.work(ALERTS, { pollingIntervalSeconds: 1 }, async () => {
    try {
      const alerts = await evaluateAlerts(db);
      if (alerts.fired || alerts.resolved) logger.info("alert rules judged", alerts);
    } finally {
      await boss.send(ALERTS, {}, { startAfter: options.alertsEverySeconds });
    }
  });
  await boss.work(SEAT_TERMS, async () => {
    const terms = await runSeatTerms(db);
    if (terms.reminded || terms.expired || terms.reclaimed) logger.info("seat terms", terms);
  });
  await boss.work(PRUNE, async () => {
    await makePartitions(db, options.retentionDays);
    logger.info("telemetry pruned", await pruneTelemetry(db, options.retentionDays));
    logger.info("events pruned", { events: await pruneEvents(db) });
  });
  await makePartitions(db, options.retentionDays);
  await boss.send(ROLLUP, {});
  await boss.send(WEBHOOKS, {});
  await boss.send(ALERTS, {});
  return () => boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}

/** A failure (a lock not granted in time) is retried by the next hourly run: days ahead leave room for it. */
async function makePartitions(db: Db, retentionDays: number) {
  try {
    const made = await makeSamplePartitions(db, retentionDays);
    if (made.length) logger.info("telemetry partitions made", { partitions: made });
  } catch (error) {
    logger.warn("telemetry partitions not made", { error: errorText(error) });
  }
}
