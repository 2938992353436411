/** Demo data for the embedded default: an organization its owner can explore right away. */
import { db } from "@/server/db";
import { registerDevices } from "@/server/modules/devices/register-devices";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { createOrganization } from "@/server/modules/organizations/organizations";
import { createSku } from "@/server/modules/skus/skus";
import { signUp } from "@/server/modules/auth/users";

export const DEMO = {
  email: "demo@anima.dev",
  password: "anima-demo-2026",
  name: "Dana Demo",
  orgName: "Acme Devices",
  orgSlug: "acme",
} as const;

const SEED = { type: "system", label: "demo-seed" } as const;

/** Two product lines with a first production batch each, and a pilot grant of seats. */
async function seedProductLines(orgId: string) {
  const glasses = await createSku(db, orgId, SEED, {
    name: "Aurora AI Glasses",
    code: "AUR-1",
    kind: "glasses",
    capabilities: { camera: true, mic: true, speaker: true, screen: false },
    hardwareRevision: "EVT2",
  });
  const toy = await createSku(db, orgId, SEED, {
    name: "Pip Talking Bear",
    code: "PIP-2",
    kind: "toy",
    capabilities: { camera: false, mic: true, speaker: true, screen: false },
    defaultLanguage: "en",
  });
  const batch = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ serial: `${prefix}-${String(i + 1).padStart(5, "0")}`, batch: "pilot-1" }));
  await registerDevices(db, orgId, SEED, { skuId: glasses.id, devices: batch("AUR1", 12) });
  await registerDevices(db, orgId, SEED, { skuId: toy.id, devices: batch("PIP2", 20) });
  await grantSeats(db, orgId, SEED, { seats: 100, reason: "Demo pilot contract" });
}

/** Creates the demo user and organization unless they already exist. Idempotent. */
export async function seedDemo() {
  const existing = await db.user.findUnique({ where: { email: DEMO.email }, select: { id: true } });
  const userId = existing?.id ?? (await signUp(db, { email: DEMO.email, password: DEMO.password, name: DEMO.name })).id;
  const org = await db.organization.findUnique({ where: { slug: DEMO.orgSlug }, select: { id: true } });
  if (!org) {
    const created = await createOrganization(db, userId, { name: DEMO.orgName, slug: DEMO.orgSlug });
    await seedProductLines(created.id);
  }
  return DEMO;
}
