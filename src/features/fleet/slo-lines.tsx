import { ReferenceLine } from "recharts";
import { COLORS } from "./chart-theme";
import { ENGLISH_CHART_TEXT, type ChartText } from "./chart-text";
import { formatMs, formatSeconds } from "./fleet-format";
import type { Kind } from "./fleet-params";

/** The target a latency chart is read against: its kind's end-to-end SLO (from the chart's own response). */
export type Slo = { kind: Kind; sloMs: number };

/** "voice SLO 1,000 ms": the target in a chart's text summary. */
export const sloSummary = ({ kind, sloMs }: Slo, { locale, t }: ChartText = ENGLISH_CHART_TEXT) =>
  t("slo.target", { kind: t(`kindsLower.${kind}`), target: formatMs(sloMs, locale) });

/**
 * The SLO of the kind a chart shows, as a dashed line, labelled, on a chart whose y axis is in
 * ms (horizontal, with SLO_MARGIN for the label) or whose x axis is (vertical, `axis: "x"`).
 * Only that kind's line: a voice chart with the video target beside it invites reading voice
 * latency against 1.5 s. The axis grows to show it.
 */
export function sloReferenceLine({ kind, sloMs }: Slo, { axis = "y", text = ENGLISH_CHART_TEXT }: { axis?: "x" | "y"; text?: ChartText } = {}) {
  const color = kind === "voice" ? COLORS.voiceSlo : COLORS.videoSlo;
  const at = axis === "y" ? { y: sloMs } : { x: sloMs };
  return (
    <ReferenceLine
      {...at}
      stroke={color}
      strokeDasharray="6 4"
      strokeWidth={1.5}
      ifOverflow="extendDomain"
      label={{
        value: text.t("slo.target", { kind: text.t(`kinds.${kind}`), target: formatSeconds(sloMs, text.locale) }),
        // A horizontal line is labelled in the right margin (SLO_MARGIN), clear of the data; a
        // vertical one inside the plot's top right, beside the line.
        position: axis === "y" ? "right" : "insideTopRight",
        fill: color,
        fontSize: 12,
        fontWeight: 600,
        halo: true,
      }}
    />
  );
}
