import { Activity, Cpu, MessageSquare, Radio, Ticket, Video, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { DevicesKpi } from "./devices-kpi";
import { HomeUpdated } from "./home-updated";
import { ActiveTodayKpi, InteractionsTodayKpi, LatencyKpi } from "./fleet-kpis";
import { SeatsKpi } from "./seats-kpi";

type Kpi = { key: "devices" | "activeToday" | "seats" | "voiceLatency" | "videoLatency" | "interactionsToday"; icon: LucideIcon; body: ReactNode };

// Headings in the catalogs: `dashboard.kpis.<key>`.
const KPIS: Kpi[] = [
  { key: "devices", icon: Cpu, body: <DevicesKpi /> },
  { key: "activeToday", icon: Radio, body: <ActiveTodayKpi /> },
  { key: "seats", icon: Ticket, body: <SeatsKpi /> },
  { key: "voiceLatency", icon: Activity, body: <LatencyKpi kind="voice" /> },
  { key: "videoLatency", icon: Video, body: <LatencyKpi kind="video" /> },
  { key: "interactionsToday", icon: MessageSquare, body: <InteractionsTodayKpi /> },
];

/** The fleet's headline numbers, each linking to its page; tiles explain themselves before the first device reports. */
export function KpiCards() {
  const t = useTranslations("dashboard");
  return (
    <section aria-labelledby="kpi-heading">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id="kpi-heading" className="sr-only">
          {t("keyFigures")}
        </h2>
        <HomeUpdated />
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {KPIS.map(({ key, icon: Icon, body }) => (
          <li key={key}>
            <Card aria-label={t(`kpis.${key}`)} className="h-full p-5">
              <div className="flex items-center justify-between gap-2">
                <p className="text-sm font-medium text-slate-600">{t(`kpis.${key}`)}</p>
                <Icon className="size-4 text-slate-400" aria-hidden />
              </div>
              {body}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
