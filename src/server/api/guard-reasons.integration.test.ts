/**
 * The procedure bases refuse with a stable `data.reason` like every module error, so clients
 * can branch on why a call was refused without parsing the message.
 */
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/[trpc]/route";
import { AppError } from "@/server/errors";
import { apiCallerFor, callerFor, createKey, createOrgWithMembers, createUser, SKU_INPUT } from "@/testing/factories";

async function reasonOf(call: Promise<unknown>): Promise<string | undefined> {
  const error = await call.then(
    () => expect.fail("the call was not refused"),
    (refusal: unknown) => refusal,
  );
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof AppError ? cause.reason : undefined;
}

describe("procedure bases give a reason", () => {
  it("for signed-out, operator-only, non-member, role and scope refusals", async () => {
    const { org, members } = await createOrgWithMembers(["VIEWER"]);
    const outsider = await createUser();

    expect(await reasonOf(callerFor(null).organization.mine())).toBe("SIGN_IN_REQUIRED");
    expect(await reasonOf(callerFor(outsider.id).operator.organizations({}))).toBe("OPERATOR_ONLY");
    expect(await reasonOf(callerFor(outsider.id).sku.list({ orgSlug: org.slug }))).toBe("ORG_NOT_FOUND");
    expect(await reasonOf(callerFor(members.VIEWER!.id).sku.create({ orgSlug: org.slug, ...SKU_INPUT }))).toBe("ROLE_NOT_ALLOWED");
    const { key } = await createKey(org.id, ["licenses:read"]);
    expect(await reasonOf(apiCallerFor(key).skus.create(SKU_INPUT))).toBe("SCOPE_MISSING");
  });

  it("on the wire, as data.reason", async () => {
    const { org } = await createOrgWithMembers();
    const { key } = await createKey(org.id, ["licenses:read"]);
    const request = new Request("http://localhost/api/v1/devices.list", { headers: { authorization: `Bearer ${key}` } });
    const response = await GET(request);
    const body = (await response.json()) as { error?: { message: string; data: { reason?: string } } };
    expect(response.status).toBe(403);
    expect(body.error?.data.reason).toBe("SCOPE_MISSING");
    expect(body.error?.message).toMatch(/lacks the "devices:read" scope|lacks the "devices:write" scope/);
  });
});
