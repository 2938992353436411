/**
 * Prisma CLI configuration.
 *
 * The native schema engine cannot be downloaded here, so migrations run through
 * Prisma's WebAssembly schema engine on top of @prisma/adapter-pg. Two adapter
 * bugs need small shims (see docs/architecture.md, "Prisma without the native engine").
 */
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// Prisma 6 requires env("DATABASE_URL") in the schema; without a value the CLI
// silently falls back to downloading the native engine. `prisma generate` needs no
// database, so a placeholder is enough when the variable is unset.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/anima_placeholder";

// Bug 1: catalog queries return `name` (oid 19) and `"char"` (oid 18) columns that the
// adapter cannot map. Both are plain text, so relabel them as `text` (oid 25).
// This patch lives only in the CLI process, never in the application.
const TEXT_OID = 25;
const resultPrototype = (pg as unknown as { Result: { prototype: { addFields(fields: pg.FieldDef[]): void } } }).Result
  .prototype;
const addFields = resultPrototype.addFields;
resultPrototype.addFields = function (fields: pg.FieldDef[]) {
  for (const field of fields) {
    if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = TEXT_OID;
  }
  return addFields.call(this, fields);
};

function connectionConfig(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1) || "postgres"),
    max: 1,
  };
}

/**
 * Bug 2: the adapter's shadow database ignores the database override when built from a
 * connection string and drops the database while its pool is still open. Use discrete
 * fields, and on dispose close the shadow pool before dropping the database.
 */
class MigrationAdapter extends PrismaPg {
  constructor(private readonly base: pg.PoolConfig) {
    super(base);
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.base);
    await admin.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.base, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.end();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new MigrationAdapter(connectionConfig(process.env.DATABASE_URL!)),
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
