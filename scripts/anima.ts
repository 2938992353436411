/**
 * The operator CLI: `npm run anima -- <command> [--flag value ...]`.
 * Prints one JSON object on stdout and exits 0, or a message on stderr and exits non-zero.
 * Uses DATABASE_URL, else the embedded database (the running one, or started here).
 */
import { parseArgs } from "node:util";
import { z, ZodError } from "zod";
import { connectCliDatabase as connect } from "./lib/cli-database";
import { errorText } from "@/server/errors";

const USAGE = `Usage: npm run anima -- <command> [flags]

Commands:
  org:create    --name <name> --owner <email>
  apikey:create --org <orgId> --name <name> --scopes <comma list> [--expires-days <n>|never]
                scopes: skus:write, devices:write, licenses:read, telemetry:read, *
                the key expires after 90 days unless --expires-days says otherwise
  licenses:grant --org <orgId> --seats <n> --reason <text>
  org:suspend   --org <orgId> --reason <text>   (emergency: every device of the organization is refused)
  org:resume    --org <orgId>
  operator:add  --email <email>   (an existing user becomes an Anima operator)
  user:reset-link --email <email> (a one-time link to choose a new password: for users without mail;
                the newest link replaces older ones, and using it signs the user out everywhere)
  keys:rotate                     (new session-token signing key; old tokens stay valid until they expire)
  keys:reseal   [--from-env <VAR>] (after SIGNING_KEY_SECRET changed: re-seal the stored signing keys
                from the previous secret, read from env var VAR, default SIGNING_KEY_SECRET_PREVIOUS)`;

class UsageError extends Error {}

/** Secrets come from the environment, never from flags: a flag's value shows in `ps` and shell history. */
function resealSecrets(fromVariable: string) {
  const from = process.env[fromVariable];
  const to = process.env.SIGNING_KEY_SECRET;
  if (!from) throw new UsageError(`Set ${fromVariable} to the previous SIGNING_KEY_SECRET.`);
  if (!to) throw new UsageError("Set SIGNING_KEY_SECRET to the new secret.");
  return { from, to };
}


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
      case "keys:reseal": {
        const { resealSigningKeys } = await import("@/server/modules/sessions/reseal");
        const { from, to } = resealSecrets(flags["from-env"] ?? "SIGNING_KEY_SECRET_PREVIOUS");
        return await resealSigningKeys(db, from, to);
      }
      case "operator:add":
        return await ops.operatorAdd(db, ops.ZOperatorAddArgs.parse(flags));
      case "user:reset-link":
        return await ops.operatorUserResetLink(db, ops.ZUserResetLinkArgs.parse(flags));
      case "org:suspend":
        return await ops.operatorSuspendOrg(db, ops.ZOrgSuspendArgs.parse(flags));
      case "org:resume":
        return await ops.operatorResumeOrg(db, ops.ZOrgResumeArgs.parse(flags));
      default:
        throw new UsageError(command ? `Unknown command "${command}".` : "No command given.");
    }
  } finally {
    // With Redis, a change is published once committed: let that happen before exiting.
    const { announcementsSettled } = await import("@/server/cache/invalidation-bus");
    await announcementsSettled();
    await db.$disconnect();
  }
}

function describe(error: unknown): string {
  if (error instanceof ZodError) {
    return error.issues.map((issue) => `--${issue.path.join(".") || "input"}: ${issue.message}`).join("\n");
  }
  return errorText(error);
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
      "expires-days": { type: "string" },
      "from-env": { type: "string" },
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
