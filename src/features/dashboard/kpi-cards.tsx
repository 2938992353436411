import { Activity, Cpu, MessageSquare, Radio, Ticket, Video, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { DevicesKpi } from "./devices-kpi";
import { HomeUpdated } from "./home-updated";
import { ActiveTodayKpi, InteractionsTodayKpi, LatencyKpi } from "./fleet-kpis";
import { SeatsKpi } from "./seats-kpi";

type Kpi = { label: string; icon: LucideIcon; body: ReactNode };

const KPIS: Kpi[] = [
  { label: "Devices", icon: Cpu, body: <DevicesKpi /> },
  { label: "Active today", icon: Radio, body: <ActiveTodayKpi /> },
  { label: "Seats available", icon: Ticket, body: <SeatsKpi /> },
  { label: "Voice latency (p95)", icon: Activity, body: <LatencyKpi kind="voice" /> },
  { label: "Video latency (p95)", icon: Video, body: <LatencyKpi kind="video" /> },
  { label: "Interactions today", icon: MessageSquare, body: <InteractionsTodayKpi /> },
];

/** The fleet's headline numbers, each linking to its page; tiles explain themselves before the first device reports. */
export function KpiCards() {
  return (
    <section aria-labelledby="kpi-heading">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id="kpi-heading" className="sr-only">
          Key figures
        </h2>
        <HomeUpdated />
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {KPIS.map(({ label, icon: Icon, body }) => (
          <li key={label}>
            <Card aria-label={label} className="h-full p-5">
              <div className="flex items-center justify-between gap-2">
                <p className="text-sm font-medium text-slate-600">{label}</p>
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
