/**
 * Chart colours and axis styles, from the console's palette (brand blue, slate, and the
 * emerald / amber / red tones of the badges), so charts read like the rest of the app.
 */
export const COLORS = {
  p50: "#94a3b8", // slate-400
  p95: "#2563eb", // brand-600
  p99: "#7c3aed", // violet-600
  voiceSlo: "#dc2626", // red-600
  videoSlo: "#d97706", // amber-600
  attainment: "#059669", // emerald-600
  asr: "#0ea5e9", // sky-500
  llm: "#2563eb",
  tts: "#8b5cf6", // violet-500
  other: "#cbd5e1", // slate-300
  a: "#64748b", // slate-500
  b: "#2563eb",
  seatsTotal: "#64748b",
  seatsUsed: "#2563eb",
  tokensIn: "#2563eb",
  tokensOut: "#0ea5e9",
  licenseCost: "#2563eb",
  tokenCost: "#d97706", // amber-600
} as const;

/** Distinct series of a split (SKUs, agents), in order. */
const SERIES_COLORS = ["#2563eb", "#0ea5e9", "#8b5cf6", "#059669", "#d97706", "#db2777", "#64748b", "#0d9488"] as const;
export const seriesColor = (index: number) => SERIES_COLORS[index % SERIES_COLORS.length]!;

const TICK = { fontSize: 12, fill: "#64748b" };
export const AXIS_PROPS = { tick: TICK, stroke: "#cbd5e1", tickLine: false } as const;
export const AXIS_LABEL_STYLE = { fontSize: 12, fill: "#475569" } as const;
export const GRID_PROPS = { stroke: "#e2e8f0", strokeDasharray: "3 3", vertical: false } as const;
export const LEGEND_PROPS = { iconSize: 14, wrapperStyle: { fontSize: 12, paddingTop: 4 } } as const;
export const TOOLTIP_PROPS = {
  contentStyle: { borderRadius: 6, borderColor: "#e2e8f0", fontSize: 12, boxShadow: "0 1px 2px rgb(0 0 0 / 0.05)" },
  labelStyle: { color: "#0f172a", fontWeight: 600, marginBottom: 4 },
} as const;
/** Chart margins leaving room for the axis titles. */
export const CHART_MARGIN = { top: 12, right: 16, bottom: 20, left: 12 } as const;
/** Margins of a chart with horizontal SLO lines, labelled to the right of the plot. */
export const SLO_MARGIN = { ...CHART_MARGIN, right: 112 } as const;
