"use client";

import { DateTime } from "@/components/ui/date-time";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { configState, isOnline, ONLINE_THRESHOLD_MS } from "@/shared/device-page";

const THRESHOLD_MIN = ONLINE_THRESHOLD_MS / 60_000;

/** "Online — last seen 2 min ago (online = seen in the last 20 min)"; re-evaluated every 30 s. */
export function OnlineIndicator({ lastSeenAt }: { lastSeenAt: Date | null }) {
  const t = useTranslations("devices.state");
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const online = isOnline(lastSeenAt, now);
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5" data-testid="online-indicator">
      <span className="inline-flex items-center gap-1.5 font-medium">
        <span aria-hidden className={online ? "size-2 rounded-full bg-emerald-500" : "size-2 rounded-full bg-slate-300"} />
        {online ? t("online") : t("offline")}
      </span>
      <span className="text-slate-600">
        {lastSeenAt ? t.rich("lastSeen", { time: () => <DateTime value={lastSeenAt} show="relative" /> }) : t("neverSeen")}
      </span>
      <span className="text-xs text-slate-500">{t("threshold", { minutes: THRESHOLD_MIN })}</span>
    </span>
  );
}

/** "Given v8 · Device reports v7 (behind)", and the SKU's published version when it is newer than what was given. */
export function ConfigVersions({ given, reported, published }: { given: number | null; reported: number | null; published: number | null }) {
  const t = useTranslations("devices.state");
  if (given === null && reported === null) return <span>{t("notBooted")}</span>;
  const state = configState(given, reported);
  return (
    <span className="flex flex-col gap-0.5">
      <span>
        {given !== null ? t("given", { version: given }) : t("givenUnknown")}
        {" · "}
        {reported !== null ? t("reports", { version: reported }) : t("reportsUnknown")}
        {state !== "unknown" ? (
          <span className={state === "current" ? "text-emerald-700" : "text-amber-700"}>
            {" "}
            {t("stateNote", { state: t(state) })}
          </span>
        ) : null}
      </span>
      {published !== null && given !== null && published > given ? (
        <span className="text-xs text-slate-500">{t("published", { version: published })}</span>
      ) : null}
    </span>
  );
}
