import { EMBEDDED_POOL_SIZE, findRunningEmbeddedDatabase, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";
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
  process.env.ANIMA_EMBEDDED_DATABASE = "1";
  const running = await findRunningEmbeddedDatabase();
  if (running) {
    process.env.DATABASE_URL = running;
    return null;
  }
  const embedded = await startEmbeddedDatabase();
  process.env.DATABASE_URL = embedded.url;
  await migrate(embedded.url);
  return embedded;
}
