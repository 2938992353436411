import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { auditTargetNames } from "./target-names";

describe("audit target names", () => {
  it("names targets as they are called today, only within the organization, and nothing for deleted ones", async () => {
    const { org, owner } = await createOrgWithMembers();
    const other = await createOrgWithMembers();
    const sku = await callerFor(owner.id).sku.create({ orgSlug: org.slug, ...SKU_INPUT });
    const foreignSku = await callerFor(other.owner.id).sku.create({ orgSlug: other.org.slug, ...SKU_INPUT });
    const gone = await callerFor(owner.id).sku.create({ orgSlug: org.slug, ...SKU_INPUT, code: `GONE-${Date.now()}` });
    await callerFor(owner.id).sku.delete({ orgSlug: org.slug, skuId: gone.id });

    const targets = [
      { targetType: "sku", targetId: sku.id },
      { targetType: "sku", targetId: foreignSku.id },
      { targetType: "sku", targetId: gone.id },
      { targetType: "organization", targetId: org.id },
      { targetType: "user", targetId: owner.id },
      { targetType: "sku", targetId: null },
    ];
    const nameOf = await auditTargetNames(db, org.id, targets);

    expect(nameOf(targets[0]!)).toBe(`${sku.name} (${sku.code})`);
    expect(nameOf(targets[1]!)).toBeNull(); // another organization's SKU is not named here
    expect(nameOf(targets[2]!)).toBeNull();
    expect(nameOf(targets[3]!)).toBe(org.name);
    expect(nameOf(targets[4]!)).toBe(owner.name);
    expect(nameOf(targets[5]!)).toBeNull();
  });
});
