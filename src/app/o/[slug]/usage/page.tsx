import { Activity } from "lucide-react";
import type { Metadata } from "next";
import { SectionPlaceholder } from "@/features/console/section-placeholder";

export const metadata: Metadata = { title: "Usage & latency" };

export default function UsagePage() {
  return (
    <SectionPlaceholder
      title="Usage & latency"
      icon={Activity}
      description="Fleet latency percentiles (p50, p95, p99) against the 1.0 s voice and 1.5 s video targets, plus sessions, minutes and tokens."
      emptyTitle="No usage data yet"
      upcoming="Once devices report telemetry, latency charts and usage totals for your fleet will appear here."
    />
  );
}
