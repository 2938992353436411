/** Demo data for the embedded default: one organization and a user who owns it. */
import { db } from "@/server/db";
import { createOrganization } from "@/server/modules/organizations/organizations";
import { signUp } from "@/server/modules/auth/users";

export const DEMO = {
  email: "demo@anima.dev",
  password: "anima-demo-2026",
  name: "Dana Demo",
  orgName: "Acme Devices",
  orgSlug: "acme",
} as const;

/** Creates the demo user and organization unless they already exist. Idempotent. */
export async function seedDemo() {
  const existing = await db.user.findUnique({ where: { email: DEMO.email }, select: { id: true } });
  const userId = existing?.id ?? (await signUp(db, { email: DEMO.email, password: DEMO.password, name: DEMO.name })).id;
  const org = await db.organization.findUnique({ where: { slug: DEMO.orgSlug }, select: { id: true } });
  if (!org) await createOrganization(db, userId, { name: DEMO.orgName, slug: DEMO.orgSlug });
  return DEMO;
}
