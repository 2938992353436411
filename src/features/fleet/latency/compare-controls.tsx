"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { compareValueLabel } from "./compare-chart";
import { DIMENSIONS, type CompareDimension } from "../fleet-params";

type CompareControlsProps = {
  dimension: CompareDimension;
  values: string[];
  a: string;
  b: string;
  onChange: (patch: { dimension?: CompareDimension; a?: string; b?: string }) => void;
};


/** What to compare (firmware or config version) and the two values, A the baseline and B the candidate. */
export function CompareControls({ dimension, values, a, b, onChange }: CompareControlsProps) {
  const t = useTranslations("fleet");
  const options = (current: string) => (current && !values.includes(current) ? [current, ...values] : values);
  return (
    <div className="grid grid-cols-1 gap-3 border-b border-slate-100 px-5 py-4 sm:grid-cols-3">
      <Field label={t("compare.by")} htmlFor="compare-dimension">
        <Select
          id="compare-dimension"
          value={dimension}
          onChange={(event) => onChange({ dimension: DIMENSIONS.find((d) => d === event.target.value) ?? "firmware", a: "", b: "" })}
        >
          {DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {t(`dimensions.${d}`)}
            </option>
          ))}
        </Select>
      </Field>
      {(["a", "b"] as const).map((side) => (
        <Field key={side} label={side === "a" ? t("compare.baseline") : t("compare.candidate")} htmlFor={`compare-${side}`}>
          <Select id={`compare-${side}`} value={side === "a" ? a : b} onChange={(event) => onChange({ [side]: event.target.value })}>
            {options(side === "a" ? a : b).map((value) => (
              <option key={value} value={value}>
                {compareValueLabel(dimension, value)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
