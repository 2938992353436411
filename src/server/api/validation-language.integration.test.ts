import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { apiCallerFor, createKey, createOrgWithMembers } from "@/testing/factories";
import { createCaller } from "./root";
import { createInnerContext } from "./trpc";

const BLANK_NAME = { name: " ", code: "VL-1", kind: "toy", capabilities: { camera: false, mic: true, speaker: true, screen: false } } as const;

/** The input issues a refused call carries, as the console reads them (error.data.issues is the same list). */
async function issuesOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (cause: unknown) => cause,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const zodIssues = (error as TRPCError & { cause: { issues: { path: PropertyKey[]; message: string }[] } }).cause.issues;
  return zodIssues.map(({ path, message }) => `${path.join(".")}: ${message}`);
}

describe("input checks in the console's language", () => {
  it("the console words a schema's messages in the user's language; the API stays English", async () => {
    const { org, owner } = await createOrgWithMembers();
    const consoleIn = (locale: "en" | "zh-CN") => createCaller(createInnerContext({ db, sessionUserId: owner.id, consoleLocale: async () => locale }));

    expect(await issuesOf(consoleIn("zh-CN").sku.create({ orgSlug: org.slug, ...BLANK_NAME }))).toEqual(["name: 请输入 SKU 名称。"]);
    expect(await issuesOf(consoleIn("en").sku.create({ orgSlug: org.slug, ...BLANK_NAME }))).toEqual(["name: Enter a SKU name."]);

    const { key } = await createKey(org.id, ["skus:write"]);
    expect(await issuesOf(apiCallerFor(key).skus.create(BLANK_NAME))).toEqual(["name: Enter a SKU name."]);
  });
});
