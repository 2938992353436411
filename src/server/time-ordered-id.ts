import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";

/**
 * Ids for rows written in bulk on hot paths: `prefix` + 32 hex digits, the time in ms (12) then
 * 80 random bits (20). Time first keeps the primary key's inserts at the right edge of its
 * index: with random ids each insert dirtied a random page, which doubled the cost of a
 * launch-day activation group's events (docs/performance.md).
 */
export const timeOrderedId = (prefix: string, now = Date.now()) => `${prefix}${now.toString(16).padStart(12, "0")}${randomBytes(10).toString("hex")}`;

/** The same id made in SQL, a fresh one per row, for set-based INSERT … SELECT statements. */
export const timeOrderedIdSql = (prefix: string) =>
  Prisma.sql`${prefix}::text || lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || substr(replace(gen_random_uuid()::text, '-', ''), 1, 20)`;
