import { spawn } from "node:child_process";

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output}`)),
    );
  });
}

const bin = (name: string) => `node_modules/.bin/${name}`;

/**
 * The Node flag for every process that runs server modules outside Next (gateway, worker, CLI,
 * simulator, benchmarks): those modules `import "server-only"`, which is a no-op only under the
 * `react-server` condition (Next sets it for its server code) and throws otherwise. These
 * processes never load React, the only other package that reads the condition.
 */
export const SERVER_CONDITIONS = "--conditions=react-server";

/** Applies pending Prisma migrations to the database at `url`. */
export async function migrate(url: string): Promise<void> {
  await run(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: url }, true);
}

export { bin };
