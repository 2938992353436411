import { describe, expect, it } from "vitest";
import { callerFor, createUser, expectTRPCError, uid } from "@/testing/factories";

describe("organizations", () => {
  it("creates an organization with a slug derived from the name, owned by the creator", async () => {
    const user = await createUser();
    const name = `Zörn Glasses ${uid()}`;
    const org = await callerFor(user.id).organization.create({ name });
    expect(org.slug).toMatch(/^zorn-glasses-[a-z0-9-]+$/);
    const mine = await callerFor(user.id).organization.mine();
    expect(mine).toEqual([expect.objectContaining({ slug: org.slug, role: "OWNER", name })]);
  });

  it("refuses a duplicate slug with a clear conflict, and bad names with 400s", async () => {
    const user = await createUser();
    const caller = callerFor(user.id);
    const slug = `dup-${uid()}`;
    await caller.organization.create({ name: "First", slug });
    await expectTRPCError(caller.organization.create({ name: "Second", slug }), "CONFLICT", /already taken/);
    await expectTRPCError(caller.organization.create({ name: "" }), "BAD_REQUEST", /at least 2 characters/);
    await expectTRPCError(caller.organization.create({ name: "x".repeat(10_000) }), "BAD_REQUEST", /at most 80/);
    await expectTRPCError(caller.organization.create({ name: "Ok name", slug: "Bad Slug!" }), "BAD_REQUEST", /lowercase/);
    await expectTRPCError(caller.organization.create({ name: "Ok name", slug: "settings" }), "BAD_REQUEST", /reserved/);
    // @ts-expect-error wrong type on purpose
    await expectTRPCError(caller.organization.create({ name: 42 }), "BAD_REQUEST");
    expect(await caller.organization.mine()).toHaveLength(1);
  });

  it("signed-out users cannot create organizations", async () => {
    await expectTRPCError(callerFor(null).organization.create({ name: "Nope Inc" }), "UNAUTHORIZED");
  });

  it("renames and re-slugs, refusing a slug another org holds", async () => {
    const user = await createUser();
    const caller = callerFor(user.id);
    const a = await caller.organization.create({ name: "Alpha", slug: `alpha-${uid()}` });
    const b = await caller.organization.create({ name: "Beta", slug: `beta-${uid()}` });
    const renamed = await caller.organization.update({ orgSlug: a.slug, name: "Alpha Prime", slug: `${a.slug}-x` });
    expect(renamed).toMatchObject({ name: "Alpha Prime", slug: `${a.slug}-x` });
    await expectTRPCError(caller.organization.update({ orgSlug: renamed.slug, slug: b.slug }), "CONFLICT");
  });
});
