import { EMBEDDED_POOL_SIZE, findRunningEmbeddedDatabase, pointAtDatabase, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";
import { migrate } from "./run";
import { loadEmbeddedSecrets } from "./secrets";

/**
 * For command-line tools: DATABASE_URL, else the embedded database a running `npm start`
 * serves, else the embedded one opened here (returned, so the caller stops it). On the
 * embedded database the tools use its secrets from `.data/`, as `npm start` does (device
 * secrets hash with the same key, keys seal with the same secret).
 */
export async function connectCliDatabase(): Promise<EmbeddedDatabase | null> {
  if (process.env.DATABASE_URL) return null;
  loadEmbeddedSecrets();
  process.env.DATABASE_POOL_SIZE = String(EMBEDDED_POOL_SIZE);
  const running = await findRunningEmbeddedDatabase();
  if (running) {
    pointAtDatabase(process.env, running, "embedded");
    return null;
  }
  const embedded = await startEmbeddedDatabase();
  pointAtDatabase(process.env, embedded.url, "embedded");
  await migrate(embedded.url);
  return embedded;
}
