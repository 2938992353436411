/** Test fixtures built through the modules (never raw SQL), each with unique names. */
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { createApiV1Caller } from "@/server/api/v1/root";
import { db } from "@/server/db";
import type { Role } from "@/generated/prisma/enums";
import { createApiKey } from "@/server/modules/api-keys/api-keys";
import type { UserActor } from "@/server/modules/audit/record-audit";
import { activateDevices, licenseExhausted } from "@/server/modules/licenses/activate-devices";
import { signUp } from "@/server/modules/auth/users";
import { saveBillingProfile, ZBillingProfileInput } from "@/server/modules/billing/billing-profile";
import { createOrganization } from "@/server/modules/organizations/organizations";
import type { ApiScope } from "@/shared/permissions";

export const uid = () => randomUUID().slice(0, 8);

export const TEST_PASSWORD = "correct horse battery";

/** A self-registered account that never confirmed its email: it holds no membership. */
export async function createUnverifiedUser(name = "Test User", email = `user-${uid()}@example.test`) {
  return signUp(db, { name, email, password: TEST_PASSWORD });
}

/** An account with a proven email (as after opening the verification link). */
export async function createUser(name = "Test User") {
  const user = await createUnverifiedUser(name);
  await db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
  return { ...user, emailVerified: true };
}

/** A UI caller acting as `userId` (null: signed out). */
export function callerFor(userId: string | null) {
  return createCaller(createInnerContext({ db, sessionUserId: userId }));
}

/** A manufacturer API caller presenting `key` as a Bearer token. */
export function apiCallerFor(key: string | null) {
  return createApiV1Caller(createInnerContext({ db, authorization: key ? `Bearer ${key}` : null }));
}

/** An organization with an owner, plus members of the given roles. */
export async function createOrgWithMembers(roles: Role[] = []) {
  const owner = await createUser("Owner");
  const org = await createOrganization(db, owner.id, { name: `Org ${uid()}` });
  const members: Partial<Record<Role, { id: string; email: string; membershipId: string }>> = {};
  for (const role of roles) {
    const user = await createUser(role);
    const membership = await db.membership.create({ data: { orgId: org.id, userId: user.id, role }, select: { id: true } });
    members[role] = { id: user.id, email: user.email, membershipId: membership.id };
  }
  const ownerMembership = await db.membership.findFirstOrThrow({ where: { orgId: org.id, userId: owner.id } });
  return { org, owner: { ...owner, membershipId: ownerMembership.id }, members };
}

export async function createKey(orgId: string, scopes: ApiScope[], creator: { actor: UserActor; role: Role } | null = null) {
  return createApiKey(db, orgId, creator, { name: `key-${uid()}`, scopes, expiresInDays: null });
}

/** Asserts that `promise` rejects with the given tRPC code (and optional message fragment). */
export async function expectTRPCError(promise: Promise<unknown>, code: TRPCError["code"], message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}, but the call succeeded`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (message) expect((error as TRPCError).message).toMatch(message);
  return error as TRPCError;
}

/** A valid SKU input; override `code` to keep it unique within an organization. */
export const SKU_INPUT = {
  name: "Aurora Glasses",
  code: "AUR-1",
  kind: "glasses",
  capabilities: { camera: true, mic: true, speaker: true, screen: false },
} as const;

/** Activates one device as its first boot does (seat and activation in one transaction); LICENSE_EXHAUSTED like the gateway. */
export async function activateDevice(orgId: string, deviceId: string) {
  const outcome = await db.$transaction((tx) => activateDevices(tx, orgId, [{ deviceId, at: new Date() }]));
  if (outcome.exhausted.size > 0) throw licenseExhausted();
  return outcome;
}

/** A valid billing profile input (a German company with a checked VAT number, buying in USD). */
export const BILLING_PROFILE = {
  legalName: "Aurora Devices GmbH",
  addressLine1: "Friedrichstraße 68",
  city: "Berlin",
  postalCode: "10117",
  country: "DE",
  taxId: "DE 136 695 976",
  billingEmail: "billing@aurora.example",
  currency: "usd",
} as const;

/** Gives an organization the billing profile a purchase needs (as its owner saving the form). */
export async function giveBillingProfile(orgId: string, ownerId: string, overrides: Partial<Record<keyof typeof BILLING_PROFILE, string>> = {}) {
  return saveBillingProfile(db, orgId, { type: "user", userId: ownerId }, ZBillingProfileInput.parse({ ...BILLING_PROFILE, ...overrides }));
}
