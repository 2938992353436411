/**
 * The embedded default database: PGlite (Postgres compiled to WebAssembly) served over
 * the Postgres wire protocol, so the app, Prisma and the CLI talk to it like a real server.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PgliteWireServer } from "./pglite-wire-server";

export const DATA_DIR = path.resolve(process.env.ANIMA_DATA_DIR ?? ".data");
const RUNTIME_FILE = path.join(DATA_DIR, "embedded-db.json");
/** Connections per process on the embedded database (they take turns on PGlite's one backend). */
export const EMBEDDED_POOL_SIZE = 4;

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

function urlFor(port: number) {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

async function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/**
 * Points this process and the children it starts at a database. Only the embedded one is
 * marked (ANIMA_EMBEDDED_DATABASE_URL = its URL: the app then knows it is not a real server,
 * e.g. for the local payments mode); any other clears the mark, so a marker inherited from
 * the shell never makes a real server look embedded.
 */
export function pointAtDatabase(target: Record<string, string | undefined>, url: string, kind: "embedded" | "server"): void {
  target.DATABASE_URL = url;
  if (kind === "embedded") target.ANIMA_EMBEDDED_DATABASE_URL = url;
  else delete target.ANIMA_EMBEDDED_DATABASE_URL;
}

/** The URL of an embedded database another Anima process is already serving, if any. */
export async function findRunningEmbeddedDatabase(): Promise<string | null> {
  if (!existsSync(RUNTIME_FILE)) return null;
  const { port, pid } = JSON.parse(readFileSync(RUNTIME_FILE, "utf8")) as { port: number; pid: number };
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return (await isListening(port)) ? urlFor(port) : null;
}

/** Starts PGlite on `dir` (default `.data/pglite`; "memory://" for a throwaway database). */
export async function startEmbeddedDatabase(options: { dir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const dir = options.dir ?? path.join(DATA_DIR, "pglite");
  const persistent = !dir.startsWith("memory://");
  if (persistent) mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  const server = new PgliteWireServer(pglite);
  const port = await server.listen(options.port ?? 0);
  if (persistent) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(RUNTIME_FILE, JSON.stringify({ port, pid: process.pid }));
  }
  return {
    url: urlFor(port),
    stop: async () => {
      await server.close();
      await pglite.close();
      if (persistent) rmSync(RUNTIME_FILE, { force: true });
    },
  };
}
