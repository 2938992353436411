import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { callerFor, createKey, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { onboardingProgress } from "./onboarding";

const SYSTEM = { type: "system", label: "test" } as const;

describe("onboarding progress", () => {
  it("ticks each step once the organization has done it", async () => {
    const { org, owner } = await createOrgWithMembers();
    const pending = (await onboardingProgress(db, org.id, "OWNER")).filter((s) => !s.done).map((s) => s.step);
    expect(pending).toEqual(["team", "apiKey", "skus", "licenses"]);

    await callerFor(owner.id).invitation.create({ orgSlug: org.slug, email: `new-${org.id}@example.test`, role: "VIEWER" });
    await createKey(org.id, ["devices:write"]);
    await callerFor(owner.id).sku.create({ orgSlug: org.slug, ...SKU_INPUT });
    await grantSeats(db, org.id, SYSTEM, { seats: 10, reason: "onboarding test" });

    expect(await onboardingProgress(db, org.id, "OWNER")).toEqual([
      { step: "team", done: true },
      { step: "apiKey", done: true },
      { step: "skus", done: true },
      { step: "licenses", done: true },
    ]);
  });

  it("a revoked invitation or API key does not count", async () => {
    const { org, owner } = await createOrgWithMembers();
    const invite = await callerFor(owner.id).invitation.create({ orgSlug: org.slug, email: `gone-${org.id}@example.test`, role: "VIEWER" });
    await callerFor(owner.id).invitation.revoke({ orgSlug: org.slug, invitationId: invite.id });
    const key = await createKey(org.id, ["devices:write"]);
    await callerFor(owner.id).apiKey.revoke({ orgSlug: org.slug, apiKeyId: key.id });
    const progress = await onboardingProgress(db, org.id, "OWNER");
    expect(progress.filter((s) => s.done)).toEqual([]);
  });

  it("suggests only the steps the role may take", async () => {
    const { org } = await createOrgWithMembers();
    expect((await onboardingProgress(db, org.id, "DEVELOPER")).map((s) => s.step)).toEqual(["skus"]);
    expect((await onboardingProgress(db, org.id, "SALES")).map((s) => s.step)).toEqual(["licenses"]);
    expect(await onboardingProgress(db, org.id, "VIEWER")).toEqual([]);
  });
});
