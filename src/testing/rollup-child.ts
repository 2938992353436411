/**
 * A worker's rollup run in a process of its own, for crash tests that kill it with SIGKILL
 * in the middle of its transaction (rollup-crash.integration.test.ts). DATABASE_URL is set
 * by the test.
 */
import { db } from "@/server/db";
import { rollUpAll } from "@/server/modules/telemetry/rollup";

await rollUpAll(db);
await db.$disconnect();
