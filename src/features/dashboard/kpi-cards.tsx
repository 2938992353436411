import { Activity, Bot, Cpu, Ticket, type LucideIcon } from "lucide-react";
import { Card } from "@/components/ui/card";
import { DevicesKpi } from "./devices-kpi";
import { LicensesKpi } from "./licenses-kpi";

type Kpi = { label: string; icon: LucideIcon; empty: string; hint: string };

// Devices and licenses are live; the other tiles stay honest empty states until agents and telemetry exist.
const KPIS: Kpi[] = [
  { label: "Devices", icon: Cpu, empty: "No devices yet", hint: "Provisioned devices and how many are active." },
  { label: "Licenses", icon: Ticket, empty: "No licenses yet", hint: "Seats bought, consumed and remaining." },
  { label: "Agents", icon: Bot, empty: "No agents assigned", hint: "Agents and tools published to your SKUs." },
  {
    label: "Voice latency (p95)",
    icon: Activity,
    empty: "No telemetry yet",
    hint: "End-to-end voice answers against the 1.0 s target.",
  },
];

/** The fleet's headline numbers; none exist before the first device reports. */
export function KpiCards() {
  return (
    <section aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="sr-only">
        Key figures
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {KPIS.map(({ label, icon: Icon, empty, hint }) => (
          <li key={label}>
            <Card className="h-full p-5">
              <div className="flex items-center justify-between gap-2">
                <p className="text-sm font-medium text-slate-600">{label}</p>
                <Icon className="size-4 text-slate-400" aria-hidden />
              </div>
              {label === "Devices" ? (
                <DevicesKpi />
              ) : label === "Licenses" ? (
                <LicensesKpi />
              ) : (
                <>
                  <p className="mt-3 text-base font-semibold text-slate-900">{empty}</p>
                  <p className="mt-1 text-xs text-slate-500">{hint}</p>
                </>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
