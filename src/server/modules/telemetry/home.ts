import "server-only";
import type { Db } from "@/server/db";
import { getBalance } from "@/server/modules/licenses/balance";
import { fillBuckets } from "@/shared/time-buckets";
import { SLO_MS, type Resolution } from "./filters";
import { latencySeries, latencySummary, p95ByKind } from "./latency";
import { activeDevices, usageSeries } from "./usage";
import { HOUR_MS, DAY_MS } from "@/shared/time";

type Range = { from: Date; to: Date };

/**
 * A sparkline over the whole range, one point per bucket: a bucket without data is null, so
 * the line breaks there instead of bridging the silence. Days stay "YYYY-MM-DD".
 */
function sparkline(points: readonly { t: string; value: number }[], range: Range, resolution: Resolution) {
  const rows = points.map((p) => ({ ...p, ts: Date.parse(p.t) }));
  const time = (ms: number) => (resolution === "day" ? new Date(ms).toISOString().slice(0, 10) : new Date(ms).toISOString());
  const filled = fillBuckets(rows, { from: range.from.getTime(), to: range.to.getTime() }, resolution, (ts) => ({ t: time(ts), ts, value: null }));
  return filled.map(({ t, value }) => ({ t, value }));
}

/**
 * The home dashboard at a glance: today's figures (the last 24 hours) with 7-day hourly
 * sparklines — active devices, seats available, voice and video p95 against their SLOs,
 * interactions.
 */
export async function homeKpis(db: Db, orgId: string, now = new Date()) {
  const today = { from: new Date(now.getTime() - DAY_MS), to: now };
  const week = { from: new Date(now.getTime() - 7 * DAY_MS), to: now };
  // The 24 hours before "today", for "+12 % vs previous 24 hours".
  const yesterday = { from: new Date(today.from.getTime() - DAY_MS), to: today.from };
  const [balance, active, voiceToday, videoToday, voiceWeek, videoWeek, usageWeek, p95Yesterday] = await Promise.all([
    getBalance(db, orgId),
    activeDevices(db, orgId, week),
    latencySummary(db, orgId, "voice", today),
    latencySummary(db, orgId, "video", today),
    latencySeries(db, orgId, "voice", week),
    latencySeries(db, orgId, "video", week),
    usageSeries(db, orgId, week, "none"),
    p95ByKind(db, orgId, yesterday),
  ]);
  const todayKey = now.toISOString().slice(0, 10);
  const yesterdayKey = new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10);
  const hourly = (points: readonly { t: string; value: number }[]) => sparkline(points, week, "hour");
  // Hourly buckets: "today" starts at the hour 24 hours ago; the previous 24 hours are the 24 buckets before.
  const todayStart = today.from.getTime() - HOUR_MS;
  const interactionsToday = usageWeek.points.filter((p) => Date.parse(p.t) >= todayStart).reduce((sum, p) => sum + p.interactions, 0);
  const before = usageWeek.points.filter((p) => Date.parse(p.t) >= todayStart - DAY_MS && Date.parse(p.t) < todayStart);
  const yesterdayActive = active.daily.find((d) => d.day === yesterdayKey);
  return {
    previous: {
      // null: nothing reported in that window, so no change to state.
      activeDevices: yesterdayActive ? yesterdayActive.devices : null,
      interactions: before.length ? before.reduce((sum, p) => sum + p.interactions, 0) : null,
      voiceP95: p95Yesterday.voice,
      videoP95: p95Yesterday.video,
    },
    activeDevicesToday: active.daily.find((d) => d.day === todayKey)?.devices ?? 0,
    activeDevicesSparkline: sparkline(active.daily.map((d) => ({ t: d.day, value: d.devices })), week, "day"),
    seatsAvailable: balance.seatsAvailable,
    seatsTotal: balance.seatsTotal,
    voice: { sloMs: SLO_MS.voice, p95: voiceToday.p95, count: voiceToday.count, sparkline: hourly(voiceWeek.points.map((p) => ({ t: p.t, value: p.p95 }))) },
    video: { sloMs: SLO_MS.video, p95: videoToday.p95, count: videoToday.count, sparkline: hourly(videoWeek.points.map((p) => ({ t: p.t, value: p.p95 }))) },
    interactionsToday,
    interactionsSparkline: hourly(usageWeek.points.map((p) => ({ t: p.t, value: p.interactions }))),
  };
}
