import "server-only";
import type { Db } from "@/server/db";
import { getBalance } from "@/server/modules/licenses/balance";
import { SLO_MS } from "./filters";
import { latencySeries, latencySummary } from "./latency";
import { activeDevices, usageSeries } from "./usage";

const DAY_MS = 86_400_000;

/**
 * The home dashboard at a glance: today's figures (the last 24 hours) with 7-day hourly
 * sparklines — active devices, seats available, voice and video p95 against their SLOs,
 * interactions.
 */
export async function homeKpis(db: Db, orgId: string, now = new Date()) {
  const today = { from: new Date(now.getTime() - DAY_MS), to: now };
  const week = { from: new Date(now.getTime() - 7 * DAY_MS), to: now };
  const [balance, active, voiceToday, videoToday, voiceWeek, videoWeek, usageWeek] = await Promise.all([
    getBalance(db, orgId),
    activeDevices(db, orgId, week),
    latencySummary(db, orgId, "voice", today),
    latencySummary(db, orgId, "video", today),
    latencySeries(db, orgId, "voice", week),
    latencySeries(db, orgId, "video", week),
    usageSeries(db, orgId, week, "none"),
  ]);
  const todayKey = now.toISOString().slice(0, 10);
  // Hourly buckets: "today" starts at the hour 24 hours ago.
  const interactionsToday = usageWeek.points.filter((p) => Date.parse(p.t) >= today.from.getTime() - 3_600_000).reduce((sum, p) => sum + p.interactions, 0);
  return {
    activeDevicesToday: active.daily.find((d) => d.day === todayKey)?.devices ?? 0,
    activeDevicesSparkline: active.daily.map((d) => ({ t: d.day, value: d.devices })),
    seatsAvailable: balance.seatsAvailable,
    seatsTotal: balance.seatsTotal,
    voice: { sloMs: SLO_MS.voice, p95: voiceToday.p95, count: voiceToday.count, sparkline: voiceWeek.points.map((p) => ({ t: p.t, value: p.p95 })) },
    video: { sloMs: SLO_MS.video, p95: videoToday.p95, count: videoToday.count, sparkline: videoWeek.points.map((p) => ({ t: p.t, value: p.p95 })) },
    interactionsToday,
    interactionsSparkline: usageWeek.points.map((p) => ({ t: p.t, value: p.interactions })),
  };
}
