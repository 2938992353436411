/** Command-line tools on the embedded database use the secrets `npm start` generated, not none. */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const exec = promisify(execFile);

it("connectCliDatabase opens the embedded database with the secrets kept in .data/", { timeout: 60_000 }, async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "anima-cli-"));
  try {
    const probe = path.join(dataDir, "probe.mts");
    writeFileSync(
      probe,
      `
      const { connectCliDatabase } = await import(${JSON.stringify(path.resolve("scripts/lib/cli-database.ts"))});
      const embedded = await connectCliDatabase();
      console.log(JSON.stringify({ url: process.env.DATABASE_URL, key: process.env.DEVICE_SECRET_KEY, sealing: process.env.SIGNING_KEY_SECRET }));
      await embedded?.stop();`,
    );
    const env: Record<string, string | undefined> = { ...process.env, ANIMA_DATA_DIR: dataDir, DATABASE_URL: undefined, DEVICE_SECRET_KEY: undefined, SIGNING_KEY_SECRET: undefined, NEXTAUTH_SECRET: undefined };
    const { stdout } = await exec("node_modules/.bin/tsx", [probe], { env: env as NodeJS.ProcessEnv });
    const seen = JSON.parse(stdout.trim().split("\n").at(-1)!) as { url: string; key: string; sealing: string };
    const stored = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as Record<string, string>;
    expect(seen.url).toMatch(/^postgresql:\/\/.*127\.0\.0\.1/);
    expect(seen.key).toBe(stored.DEVICE_SECRET_KEY);
    expect(seen.sealing).toBe(stored.SIGNING_KEY_SECRET);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
