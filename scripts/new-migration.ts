/**
 * `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that brings the existing migrations up to prisma/schema.prisma.
 * (`prisma migrate dev` cannot create a shadow database through the WebAssembly engine's
 * adapter in Prisma 6.19; `migrate diff --from-migrations` can.)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bin } from "./lib/run";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to a PostgreSQL server: the diff replays the migrations in a temporary shadow database there.");
  process.exit(2);
}
const sql = execFileSync(
  bin("prisma"),
  ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
)
  // The CLI prints this notice on stdout, in the middle of the script.
  .replace(/^Loaded Prisma config from .*$/m, "")
  .trim();
if (!sql || sql.startsWith("-- This is an empty migration")) {
  console.error("The schema matches the migrations: nothing to write.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
console.log(`wrote ${dir}/migration.sql`);
