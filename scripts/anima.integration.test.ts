/** The operator CLI as an outside caller runs it: a child process, JSON on stdout, exit codes. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { apiCallerFor, uid } from "@/testing/factories";
import { SERVER_CONDITIONS } from "./lib/run";

const exec = promisify(execFile);

async function anima(...args: string[]) {
  try {
    const { stdout, stderr } = await exec("node_modules/.bin/tsx", [SERVER_CONDITIONS, "scripts/anima.ts", ...args], {
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("operator CLI", () => {
  it("org:create then apikey:create give a key that works against /api/v1", async () => {
    const owner = `owner-${uid()}@example.test`;
    const org = await anima("org:create", "--name", "Globex Toys", "--owner", owner);
    expect(org.code).toBe(0);
    const created = JSON.parse(org.stdout) as { orgId: string; slug: string; ownerUserId: string; ownerSetupUrl: string };
    expect(created).toMatchObject({ slug: expect.stringMatching(/^globex-toys/), ownerSetupUrl: expect.stringContaining("/setup-password/") });

    const key = await anima("apikey:create", "--org", created.orgId, "--name", "factory", "--scopes", "skus:write,devices:write");
    expect(key.code).toBe(0);
    const { key: secret, id } = JSON.parse(key.stdout) as { key: string; id: string };
    expect(await apiCallerFor(secret).me()).toEqual({ orgId: created.orgId, apiKeyId: id, name: "factory", scopes: ["skus:write", "devices:write"] });
    const expiresAt = (JSON.parse(key.stdout) as { expiresAt: string }).expiresAt;
    expect(Math.round((Date.parse(expiresAt) - Date.now()) / 86_400_000)).toBe(90); // the default lifetime
    const forever = await anima("apikey:create", "--org", created.orgId, "--name", "forever", "--scopes", "*", "--expires-days", "never");
    expect(JSON.parse(forever.stdout)).toMatchObject({ expiresAt: null });

    const grant = await anima("licenses:grant", "--org", created.orgId, "--seats", "500", "--reason", "launch contract");
    expect(grant.code).toBe(0);
    expect(JSON.parse(grant.stdout)).toEqual({ seatsTotal: 500, seatsUsed: 0, seatsAvailable: 500 });
    const again = await anima("licenses:grant", "--org", created.orgId, "--seats", "250", "--reason", "top-up");
    expect(JSON.parse(again.stdout)).toEqual({ seatsTotal: 750, seatsUsed: 0, seatsAvailable: 750 });

    const rotated = await anima("keys:rotate");
    expect(JSON.parse(rotated.stdout)).toEqual({ kid: expect.any(String), retired: expect.any(Array) });

    const promoted = await anima("operator:add", "--email", owner);
    expect(JSON.parse(promoted.stdout)).toEqual({ userId: created.ownerUserId, email: owner, isOperator: true });
  }, 90_000);

  it("bad input: a clear message on stderr, nothing on stdout, non-zero exit", async () => {
    const cases = [
      [["org:create", "--name", "", "--owner", "not-an-email"], /--name: .*2 characters[\s\S]*--owner: Enter a valid email/],
      [["apikey:create", "--org", "missing", "--name", "k", "--scopes", "*"], /No organization with id "missing"/],
      [["apikey:create", "--org", "x", "--name", "k", "--scopes", "root"], /Scopes are/],
      [["apikey:create", "--org", "x", "--name", "k", "--scopes", "*", "--expires-days", "soon"], /--expires-days: give 1 to 3650 days, or "never"/],
      [["frobnicate"], /Unknown command "frobnicate"/],
      [["licenses:grant", "--org", "x", "--seats", "0", "--reason", "r"], /--seats: seats must be at least 1[\s\S]*--reason: Give a reason/],
      [["licenses:grant", "--org", "missing", "--seats", "5", "--reason", "valid reason"], /No organization with id "missing"/],
      [["operator:add", "--email", "nobody@example.test"], /No user with email "nobody@example.test"; they must sign up first/],
    ] as const;
    for (const [args, message] of cases) {
      const result = await anima(...args);
      expect(result.code, args.join(" ")).not.toBe(0);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
    }
  }, 90_000);
});
