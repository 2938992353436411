/**
 * `npm run bench -- devices`: console device-list queries on an organization with
 * 100,000 devices (first page with total count, prefix search, status filter, a deep
 * page, sort by last seen), against a baseline of the bare `SELECT … ORDER BY … LIMIT 25`
 * on the same table, in the same run. 20 runs each; medians. Device groups: a tag filter
 * (10% of devices carry "eu", 1% "beta"), natural serial sort, and the tag menu's counts.
 */
import pg from "pg";
import { benchApp, median, runBenchmark, timeMs, writeResult } from "./lib/harness";

const DEVICES = 100_000;
const RUNS = 20;

async function main() {
  const app = await benchApp();
  const { database, db, actor } = app;
  const { registerDevices } = await import("@/server/modules/devices/register-devices");
  const { listDevices, ZListDevicesInput } = await import("@/server/modules/devices/list-devices");
  const { listDeviceTags } = await import("@/server/modules/devices/device-tags");

  const { org, sku } = await app.orgWithSku("Bench Org", "BENCH");
  // A second organization of the same size, so tenant filtering has work to do.
  const { org: other, sku: otherSku } = await app.orgWithSku("Other Org", "OTHER");
  const seedStarted = performance.now();
  for (let chunk = 0; chunk < DEVICES / 10_000; chunk++) {
    const rows = (prefix: string) => Array.from({ length: 10_000 }, (_, i) => ({ serial: `${prefix}-${chunk}-${String(i).padStart(5, "0")}` }));
    await registerDevices(db, org.id, actor, { skuId: sku.id, devices: rows("SN") });
    await registerDevices(db, other.id, actor, { skuId: otherSku.id, devices: rows("OT") });
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`UPDATE "Device" SET status = 'active', "lastSeenAt" = now() - (random() * interval '30 days'), firmware = '1.' || (random() * 5)::int WHERE random() < 0.6`);
  await client.query(`UPDATE "Device" SET tags = CASE WHEN random() < 0.1 THEN ARRAY['beta', 'eu'] ELSE ARRAY['eu'] END WHERE random() < 0.1`);
  await client.query("ANALYZE");
  console.log(`seeded ${DEVICES * 2} devices in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  const scenarios = {
    firstPage: {},
    serialSearch: { search: "SN-7-012" },
    activeFilter: { status: "active" },
    deepPage: { page: 2000 },
    sortLastSeen: { sort: "lastSeenAt", direction: "desc" },
    tagFilter: { tags: ["eu"] },
    rareTagFilter: { tags: ["beta"] },
    sortSerial: { sort: "serial", direction: "asc" },
  } as const;
  const results: Record<string, { median: number }> = {};
  const baseline: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    baseline.push(
      await timeMs(() =>
        client.query(`SELECT id, serial, status FROM "Device" WHERE "orgId" = $1 ORDER BY "createdAt" DESC, id DESC LIMIT 25`, [org.id]),
      ),
    );
  }
  for (const [name, filters] of Object.entries(scenarios)) {
    const input = ZListDevicesInput.parse({ pageSize: 25, ...filters });
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await timeMs(() => listDevices(db, org.id, input)));
    results[name] = { median: Number(median(times).toFixed(2)) };
  }
  const tagTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) tagTimes.push(await timeMs(() => listDeviceTags(db, org.id)));
  results.tagMenu = { median: Number(median(tagTimes).toFixed(2)) };
  await client.end();
  await app.close();

  const base = median(baseline);
  const summary = Object.fromEntries(
    Object.entries(results).map(([name, r]) => [name, { medianMs: r.median, ratioToBaseline: Number((r.median / base).toFixed(1)) }]),
  );
  console.table(summary);
  console.log(`baseline bare SELECT … LIMIT 25: median ${base.toFixed(2)} ms (${database.kind})`);
  writeResult("device-list", { command: "npm run bench -- devices", database: database.kind, devicesInOrg: DEVICES, devicesTotal: DEVICES * 2, runs: RUNS, baselineMs: Number(base.toFixed(2)), scenarios: summary });
}

runBenchmark(main);
