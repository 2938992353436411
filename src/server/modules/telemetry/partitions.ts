import "server-only";
import type { Db, DbTx } from "@/server/db";
import { MAX_SAMPLE_AGE_MS } from "./ingest";
import { DAY_MS } from "@/shared/time";

/** Day partitions exist this many days ahead of today (UTC): the worker can stop that long before samples wait in the default partition. */
const PARTITION_DAYS_AHEAD = 3;
const DEFAULT_PARTITION = "TelemetrySample_default";
/** The table the partitioning migration found, kept whole as the first partition (everything before the day after the migration). */
const FIRST_PARTITION = "TelemetrySample_before_partitioning";
/**
 * Partition changes never queue behind a long query on the samples (every insert would then
 * queue behind them): they give up, and the next hourly run tries again.
 */
const LOCK_TIMEOUT = "5s";

/** A partition of the raw samples: its range [from, to), null for an open end (MINVALUE); the default partition has neither. */
export type SamplePartition = { name: string; from: Date | null; to: Date | null; isDefault: boolean };

export async function listSamplePartitions(db: DbTx): Promise<SamplePartition[]> {
  const rows = await db.$queryRaw<{ name: string; bound: string }[]>`
    SELECT c.relname::text AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = '"TelemetrySample"'::regclass`;
  return rows.map(({ name, bound }) => parseBound(name, bound)).sort((a, b) => rank(a) - rank(b) || (a.from?.getTime() ?? 0) - (b.from?.getTime() ?? 0));
}

/** Oldest first: the one open towards the past, the days, then the default partition (rows of any day); no -Infinity keys, whose difference is NaN. */
const rank = (partition: SamplePartition) => (partition.isDefault ? 2 : partition.from === null ? 0 : 1);

/** `FOR VALUES FROM ('2026-12-06 00:00:00') TO ('2026-12-07 00:00:00')`, `FROM (MINVALUE) TO (…)` or `DEFAULT`. */
function parseBound(name: string, bound: string): SamplePartition {
  if (bound === "DEFAULT") return { name, from: null, to: null, isDefault: true };
  const match = /^FOR VALUES FROM \((.+)\) TO \((.+)\)$/.exec(bound);
  if (!match) throw new Error(`Unexpected bound of telemetry partition ${name}: ${bound}`);
  const value = (text: string) => {
    if (/^(MINVALUE|MAXVALUE)$/.test(text)) return null;
    const at = new Date(`${text.replace(/^'|'$/g, "").replace(" ", "T")}Z`);
    if (Number.isNaN(at.getTime())) throw new Error(`Unexpected bound of telemetry partition ${name}: ${bound}`);
    return at;
  };
  return { name, from: value(match[1]!), to: value(match[2]!), isDefault: false };
}

const startOfDay = (at: Date) => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
const sqlTimestamp = (at: Date) => `'${at.toISOString().slice(0, 19).replace("T", " ")}'`;
const partitionName = (day: Date) => `TelemetrySample_p${day.toISOString().slice(0, 10).replaceAll("-", "")}`;

/**
 * Makes the day partitions that no partition covers yet, from the oldest day a sample may
 * still be accepted and kept (the older of ingest's age limit and the retention) to
 * PARTITION_DAYS_AHEAD days ahead. Each is made as a table of its own, given the rows the
 * default partition holds for its day, then attached: attaching locks the parent only against
 * other schema changes, where `CREATE TABLE … PARTITION OF` would stop every insert and read
 * while it runs. On a database that had no samples when it was migrated, the empty first
 * partition is dropped first, so every day gets a partition of its own.
 * Returns the names of the partitions made.
 */
export async function makeSamplePartitions(db: Db, retentionDays: number, now = new Date()): Promise<string[]> {
  await dropFirstPartitionIfEmpty(db);
  const oldest = startOfDay(new Date(now.getTime() - Math.min(MAX_SAMPLE_AGE_MS, retentionDays * DAY_MS)));
  const last = startOfDay(now).getTime() + PARTITION_DAYS_AHEAD * DAY_MS;
  const made: string[] = [];
  for (let day = oldest.getTime(); day <= last; day += DAY_MS) {
    const name = await db.$transaction((tx) => makeDayPartition(tx, new Date(day)));
    if (name) made.push(name);
  }
  return made;
}

async function makeDayPartition(tx: DbTx, from: Date): Promise<string | null> {
  const to = new Date(from.getTime() + DAY_MS);
  await lockPartitionChanges(tx);
  const overlaps = (await listSamplePartitions(tx)).some((p) => !p.isDefault && (p.from === null || p.from < to) && (p.to === null || p.to > from));
  if (overlaps) return null;
  const name = partitionName(from);
  await tx.$executeRawUnsafe(`CREATE TABLE "${name}" (LIKE "TelemetrySample" INCLUDING DEFAULTS)`);
  await tx.$executeRawUnsafe(`WITH moved AS (DELETE FROM "${DEFAULT_PARTITION}" WHERE at >= ${sqlTimestamp(from)} AND at < ${sqlTimestamp(to)} RETURNING *)
    INSERT INTO "${name}" SELECT * FROM moved`);
  await tx.$executeRawUnsafe(`ALTER TABLE "TelemetrySample" ATTACH PARTITION "${name}" FOR VALUES FROM (${sqlTimestamp(from)}) TO (${sqlTimestamp(to)})`);
  return name;
}

/** Locked before it is looked at, so that no sample arrives between the look and the drop. */
async function dropFirstPartitionIfEmpty(db: Db) {
  await db.$transaction(async (tx) => {
    await lockPartitionChanges(tx);
    if (!(await listSamplePartitions(tx)).some((p) => p.name === FIRST_PARTITION)) return;
    await tx.$executeRawUnsafe(`LOCK TABLE "${FIRST_PARTITION}" IN ACCESS EXCLUSIVE MODE`);
    const [{ empty }] = await tx.$queryRawUnsafe<[{ empty: boolean }]>(`SELECT NOT EXISTS (SELECT FROM "${FIRST_PARTITION}") AS empty`);
    if (empty) await tx.$executeRawUnsafe(`DROP TABLE "${FIRST_PARTITION}"`);
  });
}

/**
 * Retention of the raw samples: drops every partition whose whole range is older than
 * `before` (no `DELETE`, no vacuum debt), then deletes the default partition's rows older than
 * that (it holds rows only while the worker is behind). A day partition is dropped once its
 * last instant passes, so samples are kept between the retention period and one day more.
 * Returns the partitions dropped and the rows deleted from the default one.
 */
export async function dropSamplePartitionsBefore(db: Db, before: Date): Promise<{ partitions: string[]; defaultRows: number }> {
  const partitions = await db.$transaction(async (tx) => {
    await lockPartitionChanges(tx);
    const expired = (await listSamplePartitions(tx)).filter((p) => !p.isDefault && p.to !== null && p.to <= before);
    for (const p of expired) await tx.$executeRawUnsafe(`DROP TABLE "${p.name}"`);
    return expired.map((p) => p.name);
  });
  const defaultRows = await db.$executeRawUnsafe(`DELETE FROM "${DEFAULT_PARTITION}" WHERE at < ${sqlTimestamp(before)}`);
  return { partitions, defaultRows };
}

/** One partition change at a time (two workers, or a worker and a test), none waiting long for a lock. */
async function lockPartitionChanges(tx: DbTx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('anima-telemetry-partitions'))`;
  await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
}
