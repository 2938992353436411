import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

function createClient() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start Anima with `npm start`, which provides the embedded database.");
  }
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

export type Db = PrismaClient;
/** A client or an interactive transaction: module functions accept either. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { animaDb?: PrismaClient };

/** The one Prisma client of this process (kept across hot reloads in development). */
export const db: PrismaClient = globalForDb.animaDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.animaDb = db;
