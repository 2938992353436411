import "server-only";
import type { DbTx } from "@/server/db";
import type { Role } from "@/generated/prisma/enums";
import { can, type Permission } from "@/shared/permissions";

/** The first steps of a new organization, in the order the console suggests them. */
export const ONBOARDING_STEPS = ["team", "apiKey", "skus", "licenses"] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** Who may take each step: a step the role cannot take is not suggested to it. */
const STEP_PERMISSION: Record<OnboardingStep, Permission> = {
  team: "members:manage",
  apiKey: "apikeys:manage",
  skus: "skus:write",
  licenses: "licenses:buy",
};

export type OnboardingProgress = { step: OnboardingStep; done: boolean }[];

/**
 * The steps `role` may take, each with whether the organization has done it: a teammate
 * joined or invited, a usable API key, a SKU, seats owned. Done by anyone counts for all.
 */
export async function onboardingProgress(db: DbTx, orgId: string, role: Role): Promise<OnboardingProgress> {
  const steps = ONBOARDING_STEPS.filter((step) => can(role, STEP_PERMISSION[step]));
  if (steps.length === 0) return [];
  const now = new Date();
  const [members, invitations, apiKeys, skus, pool] = await Promise.all([
    db.membership.count({ where: { orgId } }),
    db.invitation.count({ where: { orgId, revokedAt: null } }),
    db.apiKey.count({ where: { orgId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } }),
    db.sku.count({ where: { orgId } }),
    db.licensePool.findUnique({ where: { orgId }, select: { seatsTotal: true } }),
  ]);
  const done: Record<OnboardingStep, boolean> = {
    team: members > 1 || invitations > 0,
    apiKey: apiKeys > 0,
    skus: skus > 0,
    licenses: (pool?.seatsTotal ?? 0) > 0,
  };
  return steps.map((step) => ({ step, done: done[step] }));
}
