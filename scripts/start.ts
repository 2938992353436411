/**
 * `npm start` (and `npm run dev` with --dev): one command for the whole product.
 * Without DATABASE_URL it serves the embedded PGlite database from `.data/`; it applies
 * migrations, seeds the demo organization, builds the console if needed, then runs it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { EMBEDDED_POOL_SIZE, startEmbeddedDatabase, pointAtDatabase, type EmbeddedDatabase } from "./lib/embedded-db";
import { createFreshDatabase, dropDatabase } from "./lib/fresh-database";
import { bin, migrate, run, SERVER_CONDITIONS } from "./lib/run";
import { embeddedSecret, REQUIRED_SECRETS } from "./lib/secrets";

const dev = process.argv.includes("--dev");
/** Tests start the product on a brand-new empty database (ANIMA_FRESH_DB=1). */
const fresh = process.env.ANIMA_FRESH_DB === "1";
const port = process.env.PORT ?? "3000";

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** A build is needed when there is none, or when a source file is newer than it. */
function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = ["src", "prisma/schema.prisma", "next.config.js", "package-lock.json", "postcss.config.mjs"];
  return Math.max(...sources.map(newestMtime)) > statSync(buildId).mtimeMs;
}

async function main() {
  let embedded: EmbeddedDatabase | null = null;
  let freshDatabaseUrl: string | null = null;
  const configuredUrl = process.env.DATABASE_URL;
  let databaseUrl: string;
  if (!configuredUrl) {
    embedded = await startEmbeddedDatabase(fresh ? { dir: "memory://" } : {});
    databaseUrl = embedded.url;
    process.env.DATABASE_POOL_SIZE = String(EMBEDDED_POOL_SIZE);
    console.log(`▸ embedded database (PGlite) ${fresh ? "in memory" : "serving .data/pglite"}`);
  } else if (fresh) {
    databaseUrl = freshDatabaseUrl = await createFreshDatabase(configuredUrl, "anima_e2e");
    console.log("▸ fresh database created for this run");
  } else {
    databaseUrl = configuredUrl;
  }
  pointAtDatabase(process.env, databaseUrl, embedded ? "embedded" : "server");
  for (const name of REQUIRED_SECRETS) {
    if (process.env[name]) continue;
    if (!embedded && !dev) throw new Error(`${name} is required when DATABASE_URL points at a real database (see README).`);
    process.env[name] = embeddedSecret(name);
  }
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  await announcePayments().catch(async (error: unknown) => {
    await embedded?.stop();
    if (freshDatabaseUrl) await dropDatabase(freshDatabaseUrl).catch(() => undefined);
    throw error;
  });

  console.log("▸ applying migrations");
  await migrate(databaseUrl);
  // Imported here: the database module reads DATABASE_URL, set above. On a real database the
  // seed does nothing unless ANIMA_SEED_DEMO=1, and then the banner is a loud warning.
  const { seedDemo } = await import("../prisma/seed");
  const { announceDemo } = await import("./lib/demo-banner");
  const demo = await seedDemo({ embedded: embedded !== null });
  if (demo) announceDemo(demo);
  if (!dev && buildIsStale()) {
    console.log("▸ building the console (first start or changed sources)");
    await run(bin("next"), ["build"], { ...process.env, NODE_ENV: "production" });
  }

  const mode = dev ? "development" : "production";
  // The gateway and the worker run server modules outside Next: see SERVER_CONDITIONS. The
  // console must not get the flag: Next renders React there and sets its own conditions.
  const children: ChildProcess[] = [
    spawn(bin("tsx"), ["scripts/console.ts", ...(dev ? ["--dev"] : [])], { stdio: "inherit", env: { ...process.env, PORT: port, NODE_ENV: mode } }),
    spawn(bin("tsx"), [SERVER_CONDITIONS, "scripts/gateway.ts"], { stdio: "inherit", env: { ...process.env, NODE_ENV: mode } }),
    spawn(bin("tsx"), [SERVER_CONDITIONS, "scripts/worker.ts"], { stdio: "inherit", env: { ...process.env, NODE_ENV: mode } }),
  ];
  console.log(`▸ console on http://localhost:${port}`);
  console.log(`▸ device gateway on http://localhost:${process.env.DEVICE_GATEWAY_PORT ?? "3001"}/trpc`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Children finish their in-flight requests on SIGTERM; the database closes last.
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    await embedded?.stop();
    if (freshDatabaseUrl) await dropDatabase(freshDatabaseUrl).catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  for (const child of children) child.on("exit", (code) => void stop(code ?? 1));
}

/** How purchases will be paid; stops on a configuration that cannot work, warns loudly when buying is off. */
async function announcePayments() {
  // Imported once the environment above is final: the typed env reads it when loaded.
  const [{ env }, { paymentsStartupNotice }] = await Promise.all([import("../src/server/env"), import("../src/server/modules/billing/payments-mode")]);
  const notice = paymentsStartupNotice(env);
  if (notice.level === "info") return console.log(`▸ ${notice.lines.join(" — ")}`);
  const rule = "⚠".repeat(72);
  console.warn([rule, ...notice.lines.map((line) => `⚠  ${line}`), rule].join("\n"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
