import { ReferenceLine } from "recharts";
import { COLORS } from "./chart-theme";
import { formatSeconds } from "./fleet-format";
import { KIND_LABELS, KINDS, type Kind } from "./fleet-params";

export type Slos = Record<Kind, number>;

const sloLabel = (kind: Kind, ms: number) => `${KIND_LABELS[kind]} SLO ${formatSeconds(ms)}`;

/**
 * Both end-to-end targets as dashed lines, labelled, on a chart whose y axis is in ms
 * (horizontal, with SLO_MARGIN for the labels) or whose x axis is (vertical, `axis: "x"`). The axis grows to show them;
 * `only` keeps one kind's line.
 */
export function sloReferenceLines(slos: Slos, { axis = "y", only }: { axis?: "x" | "y"; only?: Kind } = {}) {
  return KINDS.filter((kind) => !only || kind === only).map((kind) => {
    const color = kind === "voice" ? COLORS.voiceSlo : COLORS.videoSlo;
    const at = axis === "y" ? { y: slos[kind] } : { x: slos[kind] };
    return (
      <ReferenceLine
        key={kind}
        {...at}
        stroke={color}
        strokeDasharray="6 4"
        strokeWidth={1.5}
        ifOverflow="extendDomain"
        label={{
          value: sloLabel(kind, slos[kind]),
          // Horizontal lines are labelled in the right margin (SLO_MARGIN), clear of the data;
          // vertical ones sit close together, so their labels go to opposite sides.
          position: axis === "y" ? "right" : kind === "voice" ? "insideTopRight" : "insideTopLeft",
          fill: color,
          fontSize: 12,
          fontWeight: 600,
          halo: true,
        }}
      />
    );
  });
}
