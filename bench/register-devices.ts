/**
 * `npm run bench -- register`: registering 10,000 serials in one request through the
 * manufacturer API route handler (JSON in/out, validation, bulk insert, audit), against a
 * baseline of the bare bulk INSERT of the same rows with `pg`, in the same run.
 */
import pg from "pg";
import { benchApp, median, runBenchmark, timeMs, writeResult } from "./lib/harness";

const BATCH = 10_000;
const RUNS = 5;

async function main() {
  const app = await benchApp();
  const { database, db } = app;
  const { POST } = await import("@/app/api/v1/[trpc]/route");
  const { createApiKey } = await import("@/server/modules/api-keys/api-keys");
  const { generateDeviceId, generateDeviceSecret, hashDeviceSecret } = await import("@/server/modules/devices/device-credentials");

  const { org, sku } = await app.orgWithSku("Bench Org", "BENCH");
  const { key } = await createApiKey(db, org.id, null, { name: "bench", scopes: ["devices:write"], expiresInDays: null });
  const serials = (run: string) => Array.from({ length: BATCH }, (_, i) => `${run}-${String(i).padStart(6, "0")}`);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const baseline: number[] = [];
  const api: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Baseline: the same rows (ids, keyed hashes computed outside the timer) in one INSERT.
    const rows = serials(`B${run}`).map((serial) => ({ id: generateDeviceId(), serial, hash: hashDeviceSecret(generateDeviceSecret()) }));
    baseline.push(
      await timeMs(() =>
        client.query(
          `INSERT INTO "Device" ("id","orgId","skuId","serial","secretHash","serialSortKey","createdAt","updatedAt")
           SELECT t.id, $1, $2, t.serial, t.hash, device_serial_sort_key(t.serial), now(), now() FROM unnest($3::text[], $4::text[], $5::text[]) AS t(id, serial, hash)`,
          [org.id, sku.id, rows.map((r) => r.id), rows.map((r) => r.serial), rows.map((r) => r.hash)],
        ),
      ),
    );
    const body = JSON.stringify({ skuId: sku.id, serials: serials(`A${run}`) });
    api.push(
      await timeMs(async () => {
        const response = await POST(
          new Request("http://localhost/api/v1/devices.register", {
            method: "POST",
            headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
            body,
          }),
        );
        const json = (await response.json()) as { result?: { data: { devices: unknown[] } } };
        if (response.status !== 200 || json.result?.data.devices.length !== BATCH) throw new Error(`registration failed: ${response.status}`);
      }),
    );
  }
  await client.end();
  await app.close();

  const result = {
    database: database.kind,
    batch: BATCH,
    runs: RUNS,
    baselineInsertMs: { median: median(baseline), all: baseline.map(Math.round) },
    apiRegisterMs: { median: median(api), all: api.map(Math.round) },
    ratioApiToBaseline: Number((median(api) / median(baseline)).toFixed(2)),
  };
  console.log(
    `10,000 serials via devices.register: median ${median(api).toFixed(0)} ms; bare INSERT of the same rows: ${median(baseline).toFixed(0)} ms; ratio ${result.ratioApiToBaseline}× (${database.kind})`,
  );
  writeResult("register-devices", { command: "npm run bench -- register", ...result });
}

runBenchmark(main);
