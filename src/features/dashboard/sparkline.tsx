"use client";

import { Line, LineChart, ReferenceLine, ResponsiveContainer, YAxis } from "recharts";
import { isolatedDot } from "@/features/fleet/chart-parts";

type SparklineProps = {
  points: readonly { t: string; value: number | null }[];
  /** the text alternative: what the line shows */
  label: string;
  color?: string;
  /** a dashed target line (an SLO), kept in view */
  target?: { value: number; color: string };
  /** the value range; by default from 0 to a little above the highest point */
  domain?: [number, number];
};

/**
 * A small trend line without axes, for a KPI card. A bucket without data (null) breaks the
 * line rather than being bridged; a lone bucket between gaps is a dot.
 */
export function Sparkline({ points, label, color = "#2563eb", target, domain }: SparklineProps) {
  if (points.length < 2) return null;
  return (
    <div role="img" aria-label={label} className="mt-3 h-10 w-full">
      <ResponsiveContainer width="100%" height="100%" aria-hidden>
        <LineChart data={points} margin={{ top: 2, right: 2, bottom: 2, left: 2 }} accessibilityLayer={false}>
          <YAxis hide domain={domain ?? [0, (max: number) => Math.max(1, max * 1.15)]} allowDataOverflow={Boolean(domain)} />
          {target ? <ReferenceLine y={target.value} stroke={target.color} strokeDasharray="4 3" ifOverflow="extendDomain" /> : null}
          <Line dataKey="value" stroke={color} strokeWidth={1.5} dot={isolatedDot} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
