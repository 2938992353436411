/** Demo data for the embedded default: an organization its owner can explore right away. */
import { randomToken } from "@/server/crypto";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { registerDevices } from "@/server/modules/devices/register-devices";
import { publishLineup } from "@/server/modules/configs/publish";
import { saveBillingProfile, ZBillingProfileInput } from "@/server/modules/billing/billing-profile";
import { createQuote } from "@/server/modules/billing/quotes";
import { settleOrder } from "@/server/modules/billing/settle-order";
import { taxFor } from "@/server/modules/billing/tax";
import { packageTiers } from "@/server/modules/licenses/packages";
import { priceSeats, taxOn } from "@/shared/pricing";
import { activateDevices } from "@/server/modules/licenses/activate-devices";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { createOrganization } from "@/server/modules/organizations/organizations";
import { createSku } from "@/server/modules/skus/skus";
import { hashPassword, verifyPassword } from "@/server/modules/auth/password";
import { seedDemoTelemetry } from "./seed-telemetry";
import { DAY_MS } from "@/shared/time";

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

/**
 * The demo's history, in days before the first start, so that every page tells the same
 * story: the organization and its product lines come first, then the production batches,
 * the launch lineups and the pilot seats, then the first boots — all before the 30 days of
 * telemetry (prisma/seed-telemetry.ts), whose every sample comes from a device that was
 * active and held a seat at the time.
 */
const HISTORY_DAYS_AGO = { orgCreated: 45, skusCreated: 44, registered: 42, published: 40, seatsGranted: 38, firstBoots: 35 } as const;
/** The pilot devices booted over about two and a half days, one every three hours. */
const BOOT_SPACING_MS = 3 * 3_600_000;

type Milestone = keyof typeof HISTORY_DAYS_AGO;
const daysAgo = (milestone: Milestone, now: number) => new Date(now - HISTORY_DAYS_AGO[milestone] * DAY_MS);

/**
 * Rows the modules wrote "now" are moved to their milestone: the organization, its SKUs,
 * devices and memberships, and the seed's audit entries for them. (The ledger and config
 * versions cannot be changed after the fact; their modules take the date when they write.)
 */
async function dateHistory(orgId: string, now: number) {
  await db.organization.update({ where: { id: orgId }, data: { createdAt: daysAgo("orgCreated", now) } });
  await db.membership.updateMany({ where: { orgId }, data: { createdAt: daysAgo("orgCreated", now) } });
  await db.sku.updateMany({ where: { orgId }, data: { createdAt: daysAgo("skusCreated", now) } });
  await db.device.updateMany({ where: { orgId }, data: { createdAt: daysAgo("registered", now) } });
  const audit: [string, Milestone][] = [
    ["org.created", "orgCreated"],
    ["sku.created", "skusCreated"],
    ["devices.registered", "registered"],
  ];
  for (const [action, milestone] of audit) {
    await db.auditLog.updateMany({ where: { orgId, action }, data: { createdAt: daysAgo(milestone, now) } });
  }
}

/** Two product lines with a first production batch each, and a pilot grant of seats. */
async function seedProductLines(orgId: string, now: number) {
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
    publishedAt: daysAgo("published", now),
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
    publishedAt: daysAgo("published", now),
    lineup: { settings: { wakeWord: "hey pip", voice: "juniper" }, agents: [{ agentId: "kids-companion", tools: ["timer", "music"] }, { agentId: "story-teller" }] },
  });
  await grantSeats(db, orgId, SEED, { seats: 100, reason: "Demo pilot contract" }, { at: daysAgo("seatsGranted", now) });
  await activateSomeDevices(orgId, now);
  await dateHistory(orgId, now);
  await seedDemoTelemetry(orgId, now);
}

/** The first devices of the batch have booted, one after another: each took its seat, as a first boot does. */
async function activateSomeDevices(orgId: string, now: number) {
  const devices = await db.device.findMany({ where: { orgId }, orderBy: { serial: "asc" }, take: DEMO_ACTIVATED, select: { id: true } });
  const first = daysAgo("firstBoots", now).getTime();
  const boots = devices.map((device, i) => ({ deviceId: device.id, firmware: "1.4.2", at: new Date(first + i * BOOT_SPACING_MS) }));
  await db.$transaction((tx) => activateDevices(tx, orgId, boots));
}

/**
 * A demo account, created with `password` if it does not exist. The demo addresses are ours,
 * so the account counts as verified (unverified accounts get no membership) — accounts
 * seeded before that rule included.
 */
/** The demo's billing details (a Shenzhen maker buying in USD), so its seats can be bought at once. */
const DEMO_BILLING = {
  legalName: "Acme Devices (Shenzhen) Co., Ltd.",
  addressLine1: "Room 1203, Block A, Huaqiang Plaza",
  addressLine2: "1019 Huaqiang North Road, Futian District",
  city: "Shenzhen",
  region: "Guangdong",
  postalCode: "518031",
  country: "CN",
  taxId: "91440300MA5F1K2L3H",
  billingEmail: "finance@acme.example",
  currency: "usd",
};

/** Given once, as the owner filling in the form (existing demo databases get it at their next start). */
async function seedBillingProfile(ownerId: string) {
  const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO.orgSlug }, select: { id: true, billingProfile: { select: { orgId: true } } } });
  if (!org.billingProfile) await saveBillingProfile(db, org.id, { type: "user", userId: ownerId }, ZBillingProfileInput.parse(DEMO_BILLING));
}

/**
 * Seats bought since the pilot, by the sales teammate in the local test mode: three small paid
 * orders with their invoices — the first for a year (a seat term), the last partly refunded (a
 * credit note) — the big one is still a quote (seedQuote). Dated in the past, so the
 * orders, ledger, audit log and invoices tell one story. Only for a demo without orders.
 */
const DEMO_ORDERS = [
  { daysAgo: 30, seats: 200, packageId: "pkg_annual_usd" },
  { daysAgo: 12, seats: 300, packageId: "pkg_seats_usd" },
  { daysAgo: 5, seats: 100, packageId: "pkg_seats_usd", refundSeats: 20 },
] as const;

async function seedOrderHistory(now: number) {
  const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO.orgSlug }, select: { id: true, billingProfile: true, _count: { select: { orders: true } } } });
  if (org._count.orders > 0 || !org.billingProfile) return;
  const buyer = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEAM[0].email }, select: { id: true } });
  const tax = await taxFor(db, org.billingProfile);
  for (const demo of DEMO_ORDERS) {
    const pkg = await db.licensePackage.findUniqueOrThrow({ where: { id: demo.packageId } });
    const at = new Date(now - demo.daysAgo * DAY_MS);
    const { seats, unitAmount, amountTotal: subtotal } = priceSeats(packageTiers(pkg.tiers), demo.seats)!;
    const taxAmount = taxOn(subtotal, tax.rateBps);
    const order = await db.order.create({
      data: {
        orgId: org.id, packageId: pkg.id, packageName: pkg.name, seats, unitAmount, subtotal, taxRateBps: tax.rateBps, taxLabel: tax.label, taxAmount, taxNote: tax.note,
        amountTotal: subtotal + taxAmount, currency: pkg.currency, provider: "local", testMode: true, termMonths: pkg.termMonths, createdByUserId: buyer.id, createdAt: at,
      },
    });
    await db.$transaction((tx) => settleOrder(tx, order.id, { paidAt: at }));
    if ("refundSeats" in demo) {
      await db.$transaction((tx) => settleOrder(tx, order.id, { amountRefunded: Math.round((demo.refundSeats / seats) * (subtotal + taxAmount)) }));
    }
  }
}

/** One open quote from sales for the next production run, waiting for the owner (only for a demo without quotes). */
async function seedQuote(now: number) {
  const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO.orgSlug }, select: { id: true, _count: { select: { quotes: true } } } });
  if (org._count.quotes > 0) return;
  const sales = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEAM[0].email }, select: { id: true } });
  const quote = await createQuote(db, org.id, { type: "user", userId: sales.id }, {
    packageId: "pkg_seats_usd", seats: 20_000, validDays: 30, paymentTermsDays: 30, terms: "Seats for the Pip bear's Christmas production run (PO pending).",
  });
  await db.quote.update({ where: { id: quote.id }, data: { createdAt: new Date(now - 2 * DAY_MS), validUntil: new Date(now + 28 * DAY_MS) } });
}

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
    await seedProductLines(created.id, Date.now());
    for (const member of DEMO_TEAM) {
      await db.membership.create({ data: { orgId: created.id, userId: await findOrCreateUser(member.email, member.name), role: member.role } });
    }
  }
  await seedBillingProfile(userId);
  await seedOrderHistory(Date.now());
  await seedQuote(Date.now());
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
