import "server-only";
/**
 * The device page's story of one device: its timeline (audit log, sampled boots and its
 * registration, merged and paginated) and its own usage and latency from DeviceHour.
 */
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { SLO_MS, seriesRange, type Kind, type Resolution } from "@/server/modules/telemetry/filters";
import { ZDeviceId } from "@/shared/device-schemas";
import { DEVICE_WINDOWS, DEVICE_WINDOW_MS } from "@/shared/device-page";
import { bucketStart } from "@/shared/time-buckets";
import { schemaMessage } from "@/shared/schema-message";

const deviceNotFound = () => new AppError("NOT_FOUND", "Device not found.", { reason: "DEVICE_NOT_FOUND" });

async function deviceOrThrow(db: Db, orgId: string, deviceId: string) {
  const device = await db.device.findFirst({ where: { id: deviceId, orgId }, select: { id: true, serial: true, createdAt: true, activatedAt: true } });
  if (!device) throw deviceNotFound();
  return device;
}

// ── Timeline ──────────────────────────────────────────────────────────────────

/** "<epoch ms>:<entry id>" of the last entry shown: the next page starts strictly after it. */
const ZCursor = z.string().max(200).regex(/^\d{1,15}:[\w-]{1,150}$/, schemaMessage("cursor is not one this API gave."));

export const ZTimelineInput = z.object({
  deviceId: ZDeviceId,
  cursor: ZCursor.optional(),
  limit: z.number().int().min(1, schemaMessage("limit must be between 1 and 100.")).max(100, schemaMessage("limit must be between 1 and 100.")).default(25),
});

export type TimelineEntry = {
  id: string;
  /** an audit action, or "device.registered" / "device.booted" */
  action: string;
  metadata: Record<string, unknown>;
  createdAt: Date;
  actor: string;
};

type Key = { at: number; id: string };
const newerFirst = (a: TimelineEntry, b: TimelineEntry) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const olderThan = (entry: TimelineEntry, cursor: Key | null) =>
  !cursor || entry.createdAt.getTime() < cursor.at || (entry.createdAt.getTime() === cursor.at && entry.id < cursor.id);

/**
 * One page of a device's timeline, newest first: audit entries (activation, status changes,
 * secret rotations, session revocations, RMA transfers…), sampled boots and its registration.
 * Registration and activation come from the device's row. Each source is read up to the
 * page size past the cursor, then merged: a page costs three indexed reads, however long the
 * history.
 */
export async function deviceTimeline(db: Db, orgId: string, input: z.infer<typeof ZTimelineInput>) {
  const device = await deviceOrThrow(db, orgId, input.deviceId);
  const cursor: Key | null = input.cursor ? { at: Number(input.cursor.split(":")[0]), id: input.cursor.slice(input.cursor.indexOf(":") + 1) } : null;
  const take = input.limit + 1;
  const before = cursor ? new Date(cursor.at) : undefined;
  const [audit, boots] = await Promise.all([
    db.auditLog.findMany({
      where: {
        orgId,
        targetType: "device",
        targetId: device.id,
        ...(cursor && before ? { OR: [{ createdAt: { lt: before } }, { createdAt: before, id: { lt: cursor.id } }] } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        action: true,
        metadata: true,
        createdAt: true,
        actorLabel: true,
        actorUser: { select: { name: true, email: true } },
        actorApiKey: { select: { name: true } },
      },
    }),
    db.deviceBoot.findMany({
      where: { orgId, deviceId: device.id, ...(before ? { at: { lte: before } } : {}) },
      orderBy: { at: "desc" },
      take: take + 1,
      select: { at: true, firmware: true, configVersion: true },
    }),
  ]);
  const entries: TimelineEntry[] = [
    ...audit.map((entry) => ({
      id: entry.id,
      action: entry.action,
      metadata: entry.metadata as Record<string, unknown>,
      createdAt: entry.createdAt,
      actor: entry.actorUser ? (entry.actorUser.name ?? entry.actorUser.email) : entry.actorApiKey ? `API key: ${entry.actorApiKey.name}` : (entry.actorLabel ?? "system"),
    })),
    ...boots.map((boot) => ({
      id: `boot-${boot.at.getTime()}`,
      action: "device.booted",
      metadata: { firmware: boot.firmware, configVersion: boot.configVersion },
      createdAt: boot.at,
      actor: "device",
    })),
    // Registration is audited once per batch (on the SKU), activation not at all (the gateway's
    // hot path does not write the audit log): the device's own row dates both.
    ...(device.activatedAt
      ? [{ id: `activated-${device.id}`, action: "device.activated", metadata: {}, createdAt: device.activatedAt, actor: "device (first boot)" }]
      : []),
    { id: `registered-${device.id}`, action: "device.registered", metadata: { serial: device.serial }, createdAt: device.createdAt, actor: "registration" },
  ]
    .filter((entry) => olderThan(entry, cursor))
    .sort(newerFirst);
  const items = entries.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: entries.length > input.limit && last ? `${last.createdAt.getTime()}:${last.id}` : null };
}

// ── Usage and latency ─────────────────────────────────────────────────────────

export const ZDeviceTelemetryInput = z.object({ deviceId: ZDeviceId, window: z.enum(DEVICE_WINDOWS).default("24h") });

type HourRow = { t: Date; kind: Kind; interactions: bigint; e2eSumMs: bigint; e2eMaxMs: number; durationMs: bigint; inputTokens: bigint; outputTokens: bigint };

/**
 * A device's interactions, minutes, tokens and end-to-end latency (mean and worst, per
 * interaction kind, with the kind's SLO) per hour (24 h, 7 d) or per day (30 d), from its
 * DeviceHour rows: at most 720 rows per kind read, by primary key.
 */
export async function deviceTelemetry(db: Db, orgId: string, input: z.infer<typeof ZDeviceTelemetryInput>, now = new Date()) {
  const device = await deviceOrThrow(db, orgId, input.deviceId);
  const resolution: Resolution = input.window === "30d" ? "day" : "hour";
  const from = new Date(bucketStart(now.getTime() - DEVICE_WINDOW_MS[input.window], resolution));
  const rows = await db.$queryRaw<HourRow[]>`
    SELECT date_trunc(${resolution}, hour) AS t, kind, sum(interactions)::bigint AS interactions, sum("e2eSumMs")::bigint AS "e2eSumMs", max("e2eMaxMs") AS "e2eMaxMs",
      sum("durationMs")::bigint AS "durationMs", sum("inputTokens")::bigint AS "inputTokens", sum("outputTokens")::bigint AS "outputTokens"
    FROM "DeviceHour"
    WHERE "orgId" = ${orgId} AND "deviceId" = ${device.id} AND hour >= ${from} AND hour < ${now}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const usage = new Map<string, { t: string; interactions: number; minutes: number; inputTokens: number; outputTokens: number }>();
  for (const r of rows) {
    const t = r.t.toISOString();
    const point = usage.get(t) ?? { t, interactions: 0, minutes: 0, inputTokens: 0, outputTokens: 0 };
    point.interactions += Number(r.interactions);
    point.minutes += Number(r.durationMs) / 60_000;
    point.inputTokens += Number(r.inputTokens);
    point.outputTokens += Number(r.outputTokens);
    usage.set(t, point);
  }
  const usagePoints = [...usage.values()].map((p) => ({ ...p, minutes: Math.round(p.minutes * 10) / 10 }));
  const latency = rows.map((r) => ({ t: r.t.toISOString(), kind: r.kind, interactions: Number(r.interactions), meanMs: Math.round(Number(r.e2eSumMs) / Number(r.interactions)), maxMs: r.e2eMaxMs }));
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  const sum = (pick: (p: (typeof usagePoints)[number]) => number) => usagePoints.reduce((total, p) => total + pick(p), 0);
  return {
    window: input.window,
    resolution,
    range: seriesRange({ from, to: now }, resolution),
    usage: usagePoints,
    latency,
    slos: kinds.map((kind) => ({ kind, sloMs: SLO_MS[kind] })),
    totals: {
      interactions: sum((p) => p.interactions),
      minutes: Math.round(sum((p) => p.minutes) * 10) / 10,
      inputTokens: sum((p) => p.inputTokens),
      outputTokens: sum((p) => p.outputTokens),
      meanMs: rows.length > 0 ? Math.round(rows.reduce((total, r) => total + Number(r.e2eSumMs), 0) / sum((p) => p.interactions)) : null,
      maxMs: rows.length > 0 ? Math.max(...rows.map((r) => r.e2eMaxMs)) : null,
    },
  };
}
