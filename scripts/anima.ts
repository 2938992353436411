/**
 * The operator CLI: `npm run anima -- <command> [--flag value ...]`.
 * Prints one JSON object on stdout and exits 0, or a message on stderr and exits non-zero.
 * Uses DATABASE_URL, else the embedded database (the running one, or started here).
 */
import { parseArgs } from "node:util";
import { z, ZodError } from "zod";
import { connectCliDatabase as connect } from "./lib/cli-database";

const USAGE = `Usage: npm run anima -- <command> [flags]

Commands:
  org:create    --name <name> --owner <email>
  apikey:create --org <orgId> --name <name> --scopes <comma list>
                scopes: skus:write, devices:write, licenses:read, telemetry:read, *
  licenses:grant --org <orgId> --seats <n> --reason <text>
  operator:add  --email <email>   (an existing user becomes an Anima operator)
  keys:rotate                     (new session-token signing key; old tokens stay valid until they expire)`;

class UsageError extends Error {}


async function execute(command: string | undefined, flags: Record<string, string | undefined>) {
  // Imported after the database URL is known: the modules read it when loaded.
  const { db } = await import("@/server/db");
  const ops = await import("@/server/modules/operator/operator-commands");
  try {
    switch (command) {
      case "org:create":
        return await ops.operatorCreateOrg(db, ops.ZOrgCreateArgs.parse(flags));
      case "apikey:create":
        return await ops.operatorCreateApiKey(db, ops.ZApiKeyCreateArgs.parse(flags));
      case "licenses:grant":
        return await ops.operatorGrantLicenses(db, ops.ZLicensesGrantArgs.parse(flags));
      case "keys:rotate": {
        const { rotateSigningKey } = await import("@/server/modules/sessions/signing-keys");
        return await rotateSigningKey(db);
      }
      case "operator:add":
        return await ops.operatorAdd(db, ops.ZOperatorAddArgs.parse(flags));
      default:
        throw new UsageError(command ? `Unknown command "${command}".` : "No command given.");
    }
  } finally {
    await db.$disconnect();
  }
}

function describe(error: unknown): string {
  if (error instanceof ZodError) {
    return error.issues.map((issue) => `--${issue.path.join(".") || "input"}: ${issue.message}`).join("\n");
  }
  return error instanceof Error ? error.message : String(error);
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      name: { type: "string" },
      owner: { type: "string" },
      org: { type: "string" },
      scopes: { type: "string" },
      seats: { type: "string" },
      reason: { type: "string" },
      email: { type: "string" },
    },
  });
  const embedded = await connect();
  try {
    const result = await execute(positionals[0], values);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`error: ${describe(error)}\n`);
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) process.stderr.write(`\n${USAGE}\n`);
    process.exit(error instanceof UsageError || error instanceof z.ZodError ? 2 : 1);
  },
);
