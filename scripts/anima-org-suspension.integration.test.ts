/** `org:suspend` / `org:resume` of the operator CLI, run as a child process. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/server/db";
import { createOrgWithMembers } from "@/testing/factories";
import { SERVER_CONDITIONS } from "./lib/run";

const exec = promisify(execFile);

async function anima(...args: string[]) {
  try {
    const { stdout, stderr } = await exec("node_modules/.bin/tsx", [SERVER_CONDITIONS, "scripts/anima.ts", ...args], { env: { ...process.env, DATABASE_URL: inject("databaseUrl") } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("operator CLI: organization suspension", () => {
  it("suspends with a reason and resumes, audited; bad input is refused with a clear message", async () => {
    const { org } = await createOrgWithMembers();
    const suspended = await anima("org:suspend", "--org", org.id, "--reason", "chargeback fraud");
    expect(suspended.code, suspended.stderr).toBe(0);
    expect(JSON.parse(suspended.stdout)).toMatchObject({ orgId: org.id, suspended: true, suspendedReason: "chargeback fraud", suspendedAt: expect.any(String) });
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ suspendedReason: "chargeback fraud", suspendedAt: expect.any(Date) });

    const resumed = await anima("org:resume", "--org", org.id);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ orgId: org.id, suspended: false });
    const audit = await db.auditLog.findMany({ where: { orgId: org.id, action: { in: ["organization.suspended", "organization.resumed"] } }, orderBy: { createdAt: "asc" } });
    expect(audit).toMatchObject([{ actorLabel: "operator-cli", metadata: { reason: "chargeback fraud" } }, { actorLabel: "operator-cli" }]);

    const missingReason = await anima("org:suspend", "--org", org.id);
    expect(missingReason).toMatchObject({ code: 2, stdout: "" });
    expect(missingReason.stderr).toMatch(/--reason: Give a reason/);
    const unknown = await anima("org:suspend", "--org", "org_missing", "--reason", "abuse");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/Organization not found/);
  }, 90_000);
});
