import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";

const TOY = { ...SKU_INPUT, name: "Pip bear", code: "PIP-2", kind: "toy", capabilities: { camera: false, mic: true, speaker: true, screen: false } } as const;

async function orgWithSku() {
  const { org, owner: member } = await createOrgWithMembers([]);
  const owner = callerFor(member.id);
  const sku = await owner.sku.create({ orgSlug: org.slug, ...TOY });
  const publish = async (agents: { agentId: string }[]) => {
    const { draft } = await owner.skuConfig.state({ orgSlug: org.slug, skuId: sku.id });
    const saved = await owner.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: draft.revision, lineup: { agents } });
    return owner.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: saved.revision });
  };
  return { org, owner, sku, publish, slug: org.slug };
}

describe("capability guard", () => {
  it("refuses to remove a capability the live config needs, naming the agents, and saves nothing", async () => {
    const c = await orgWithSku();
    await c.publish([{ agentId: "story-teller" }, { agentId: "kids-companion" }, { agentId: "meeting-minutes" }]);
    const noMic = { ...TOY.capabilities, mic: false };
    const error = await expectTRPCError(
      c.owner.sku.update({ orgSlug: c.slug, skuId: c.sku.id, name: "Pip bear 2", capabilities: noMic }),
      "CONFLICT",
      /^Microphone is needed by the live config: Kids' companion, Meeting minutes\. Publish a config without them first\.$/,
    );
    expect(error.cause).toMatchObject({ reason: "CAPABILITY_IN_USE", details: { capabilities: { mic: ["Kids' companion", "Meeting minutes"] } } });
    // Nothing of the edit was saved (the name neither).
    expect(await db.sku.findUniqueOrThrow({ where: { id: c.sku.id } })).toMatchObject({ name: "Pip bear", hasMic: true });

    // Once a config without them is live, the capability can go.
    await c.publish([{ agentId: "story-teller" }]);
    const edited = await c.owner.sku.update({ orgSlug: c.slug, skuId: c.sku.id, capabilities: noMic });
    expect(edited.capabilities.mic).toBe(false);
  });

  it("names every capability in use; unused ones, SKUs without a live config and additions pass", async () => {
    const c = await orgWithSku();
    await expect(c.owner.sku.update({ orgSlug: c.slug, skuId: c.sku.id, capabilities: { ...TOY.capabilities, mic: false } })).resolves.toMatchObject({
      capabilities: { mic: false },
    });
    await c.owner.sku.update({ orgSlug: c.slug, skuId: c.sku.id, capabilities: TOY.capabilities });
    await c.publish([{ agentId: "music-dj" }, { agentId: "meeting-minutes" }]);
    await expectTRPCError(
      c.owner.sku.update({ orgSlug: c.slug, skuId: c.sku.id, capabilities: { camera: true, mic: false, speaker: false, screen: true } }),
      "CONFLICT",
      /^Microphone is needed by the live config: Meeting minutes\. Speaker is needed by the live config: Music DJ\. Publish a config without them first\.$/,
    );
    const added = await c.owner.sku.update({ orgSlug: c.slug, skuId: c.sku.id, capabilities: { ...TOY.capabilities, screen: true } });
    expect(added.capabilities).toEqual({ ...TOY.capabilities, screen: true });
  });
});

describe("SKU codes", () => {
  it("are unique regardless of case, on create and on edit, and the database enforces it", async () => {
    const c = await orgWithSku();
    const taken = await expectTRPCError(
      c.owner.sku.create({ orgSlug: c.slug, ...TOY, code: "pip-2" }),
      "CONFLICT",
      /A SKU with code "PIP-2" already exists \(codes are unique regardless of case\)/,
    );
    expect(taken.cause).toMatchObject({ reason: "SKU_CODE_TAKEN" });

    const other = await c.owner.sku.create({ orgSlug: c.slug, ...TOY, code: "PIP-3" });
    await expectTRPCError(c.owner.sku.update({ orgSlug: c.slug, skuId: other.id, code: "Pip-2" }), "CONFLICT", /"PIP-2" already exists/);
    // A SKU may change the case of its own code.
    expect((await c.owner.sku.update({ orgSlug: c.slug, skuId: other.id, code: "pip-3" })).code).toBe("pip-3");

    // The index on (orgId, lower(code)) holds even for writes that skip the module's check.
    await expect(db.sku.create({ data: { orgId: c.org.id, name: "Raw", code: "PIP-3", kind: "toy" } })).rejects.toMatchObject({ code: "P2002" });
    // Other organizations may use the same code.
    const elsewhere = await orgWithSku();
    expect(elsewhere.sku.code).toBe("PIP-2");
  });
});
