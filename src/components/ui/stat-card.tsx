import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Card } from "./card";

/** A labelled number in a small card (counts on detail pages and the dashboard). */
export function StatCard({ label, value, hint, className }: { label: ReactNode; value: ReactNode; hint?: ReactNode; className?: string }) {
  return (
    <Card className={cn("p-4", className)}>
      <p className="text-sm font-medium text-slate-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{value}</p>
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
    </Card>
  );
}
