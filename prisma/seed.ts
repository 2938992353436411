/** Demo data for the embedded default: an organization its owner can explore right away. */
import { randomToken } from "@/server/crypto";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { registerDevices } from "@/server/modules/devices/register-devices";
import { publishLineup } from "@/server/modules/configs/publish";
import { activateDevices } from "@/server/modules/licenses/activate-devices";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { createOrganization } from "@/server/modules/organizations/organizations";
import { createSku } from "@/server/modules/skus/skus";
import { hashPassword, verifyPassword } from "@/server/modules/auth/password";
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

/**
 * A demo account, created with `password` if it does not exist. The demo addresses are ours,
 * so the account counts as verified (unverified accounts get no membership) — accounts
 * seeded before that rule included.
 */
async function findOrCreateUser(email: string, name: string, password: string = DEMO.password) {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!existing) {
    // Created directly, not through sign-up: the demo addresses need no verification mail.
    const user = await db.user.create({ data: { email, name, passwordHash: await hashPassword(password), emailVerified: new Date() }, select: { id: true } });
    return user.id;
  }
  await db.user.updateMany({ where: { id: existing.id, emailVerified: null }, data: { emailVerified: new Date() } });
  return existing.id;
}

export type DemoSeedOptions = {
  /** the embedded database of `npm start`: the demo exactly as the README describes it */
  embedded: boolean;
  /** ANIMA_SEED_DEMO=1: seed a real database too */
  onRealDatabase?: boolean;
  /** ANIMA_DEMO_OPERATOR_PASSWORD: the operator account's password, set on every start */
  operatorPassword?: string;
};

/** What was seeded, for the start banner. `operatorPassword` is set only when it must be shown (once). */
export type SeededDemo = typeof DEMO & {
  realDatabase: boolean;
  operatorEmail: string;
  operatorPassword: string | null;
  operatorPasswordSource: "readme" | "generated" | "env" | "unchanged";
};

/**
 * The operator account can see and change every organization, so on a real database it never
 * keeps the README's password: a new account gets a random one (returned to be shown once),
 * and one an earlier seed left with the README password gets a random one too. An explicit
 * ANIMA_DEMO_OPERATOR_PASSWORD is applied on every start (e2e signs in with it).
 */
async function seedOperator(realDatabase: boolean, explicit: string | undefined) {
  const existing = await db.user.findUnique({ where: { email: DEMO_OPERATOR.email }, select: { passwordHash: true } });
  const readmePassword = async () => !!existing?.passwordHash && (await verifyPassword(DEMO.password, existing.passwordHash));
  const password = explicit ?? (realDatabase ? randomToken(18) : DEMO.password);
  const replace = existing !== null && (explicit !== undefined || (realDatabase && (await readmePassword())));
  const id = await findOrCreateUser(DEMO_OPERATOR.email, DEMO_OPERATOR.name, password);
  const passwordHash = replace ? await hashPassword(password) : undefined;
  await db.user.update({ where: { id }, data: { isOperator: true, passwordHash } });
  const source = explicit ? "env" : existing && !replace ? "unchanged" : realDatabase ? "generated" : "readme";
  return { shown: source === "generated" ? password : null, source } as const;
}

/**
 * Creates the demo users and organization unless they already exist. Idempotent. On a real
 * database it does nothing unless asked (ANIMA_SEED_DEMO=1): the demo accounts share the
 * README's public password. Returns null when nothing was seeded.
 */
export async function seedDemo({
  embedded,
  onRealDatabase = env.ANIMA_SEED_DEMO === "1",
  operatorPassword = env.ANIMA_DEMO_OPERATOR_PASSWORD,
}: DemoSeedOptions): Promise<SeededDemo | null> {
  if (!embedded && !onRealDatabase) return null;
  const userId = await findOrCreateUser(DEMO.email, DEMO.name);
  const org = await db.organization.findUnique({ where: { slug: DEMO.orgSlug }, select: { id: true } });
  if (!org) {
    const created = await createOrganization(db, userId, { name: DEMO.orgName, slug: DEMO.orgSlug });
    await seedProductLines(created.id);
    for (const member of DEMO_TEAM) {
      await db.membership.create({ data: { orgId: created.id, userId: await findOrCreateUser(member.email, member.name), role: member.role } });
    }
  }
  const operator = await seedOperator(!embedded, operatorPassword);
  // Teammates seeded before demo accounts were marked verified (owner and operator are marked above).
  const team = DEMO_TEAM.map((member) => member.email);
  await db.user.updateMany({ where: { email: { in: team }, emailVerified: null }, data: { emailVerified: new Date() } });
  return {
    ...DEMO,
    realDatabase: !embedded,
    operatorEmail: DEMO_OPERATOR.email,
    operatorPassword: operator.shown,
    operatorPasswordSource: operator.source,
  };
}
