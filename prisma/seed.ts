/** Demo data for the embedded default: an organization its owner can explore right away. */
import { db } from "@/server/db";
import { registerDevices } from "@/server/modules/devices/register-devices";
import { publishLineup } from "@/server/modules/configs/publish";
import { activateDevices } from "@/server/modules/licenses/activate-devices";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { createOrganization } from "@/server/modules/organizations/organizations";
import { createSku } from "@/server/modules/skus/skus";
import { signUp } from "@/server/modules/auth/users";
import { seedDemoTelemetry } from "./seed-telemetry";

export const DEMO = {
  email: "demo@anima.dev",
  password: "anima-demo-2026",
  name: "Dana Demo",
  orgName: "Acme Devices",
  orgSlug: "acme",
} as const;

/** Teammates of the demo owner (same password), one per role worth trying, and an operator. */
export const DEMO_TEAM = [
  { email: "sales@anima.dev", name: "Sam Sales", role: "SALES" },
  { email: "viewer@anima.dev", name: "Vic Viewer", role: "VIEWER" },
] as const;
export const DEMO_OPERATOR = { email: "operator@anima.dev", name: "Olga Operator" } as const;

/** Devices of the pilot batch already in the field (activated, holding seats). */
const DEMO_ACTIVATED = 20;

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
  await publishLineup(db, orgId, SEED, {
    skuId: glasses.id,
    note: "Launch lineup",
    lineup: {
      settings: { wakeWord: "hey aurora", realtimeRegion: "eu-central" },
      agents: [
        { agentId: "visual-qa", tools: ["web-search", "maps"] },
        { agentId: "interpreter", settings: { languagePairs: [{ from: "en", to: "zh" }, { from: "en", to: "es" }] } },
        { agentId: "meeting-minutes", tools: ["calendar", "notes"] },
      ],
    },
  });
  await publishLineup(db, orgId, SEED, {
    skuId: toy.id,
    note: "Launch lineup",
    lineup: { settings: { wakeWord: "hey pip", voice: "juniper" }, agents: [{ agentId: "kids-companion", tools: ["timer", "music"] }, { agentId: "story-teller" }] },
  });
  await grantSeats(db, orgId, SEED, { seats: 100, reason: "Demo pilot contract" });
  await activateSomeDevices(orgId);
  await seedDemoTelemetry(orgId);
}

/** The first devices of the batch have booted: each took its seat, as a first boot does. */
async function activateSomeDevices(orgId: string) {
  const devices = await db.device.findMany({ where: { orgId }, orderBy: { serial: "asc" }, take: DEMO_ACTIVATED, select: { id: true } });
  const at = new Date();
  await db.$transaction((tx) => activateDevices(tx, orgId, devices.map((device) => ({ deviceId: device.id, firmware: "1.4.2", at }))));
}

/** Demo accounts are the platform's own: their addresses count as proven. */
async function findOrCreateUser(email: string, name: string) {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  const id = existing?.id ?? (await signUp(db, { email, password: DEMO.password, name })).id;
  await db.user.updateMany({ where: { id, emailVerified: null }, data: { emailVerified: new Date() } });
  return id;
}

/** Creates the demo user and organization unless they already exist. Idempotent. */
export async function seedDemo() {
  const userId = await findOrCreateUser(DEMO.email, DEMO.name);
  const org = await db.organization.findUnique({ where: { slug: DEMO.orgSlug }, select: { id: true } });
  if (!org) {
    const created = await createOrganization(db, userId, { name: DEMO.orgName, slug: DEMO.orgSlug });
    await seedProductLines(created.id);
    for (const member of DEMO_TEAM) {
      await db.membership.create({ data: { orgId: created.id, userId: await findOrCreateUser(member.email, member.name), role: member.role } });
    }
  }
  const operatorId = await findOrCreateUser(DEMO_OPERATOR.email, DEMO_OPERATOR.name);
  await db.user.update({ where: { id: operatorId }, data: { isOperator: true } });
  return DEMO;
}
