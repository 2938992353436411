import { defaultRolloutPlan, ZRolloutPlan, type RolloutPlan } from "@/shared/rollouts";

/** The publish dialog's staged-plan fields, as typed. */
export type PlanForm = {
  steps: string;
  stepMinutes: string;
  gated: boolean;
  kind: "voice" | "video";
  maxP95Ms: string;
  maxRegressionPct: string;
  minInteractions: string;
};
export type PlanField = "steps" | "stepMinutes" | "gate" | "maxP95Ms" | "maxRegressionPct" | "minInteractions";

/** The form filled with the default plan for a SKU (gated at the SLO of its main interaction). */
export function defaultPlanForm(capabilities: { mic: boolean }): PlanForm {
  const plan = defaultRolloutPlan(capabilities);
  return {
    steps: plan.steps.join(", "),
    stepMinutes: String(plan.stepMinutes),
    gated: true,
    kind: plan.gate.kind ?? "voice",
    maxP95Ms: String(plan.gate.maxP95Ms ?? ""),
    maxRegressionPct: String(plan.gate.maxRegressionPct ?? ""),
    minInteractions: String(plan.gate.minInteractions ?? ""),
  };
}

/** The schema's messages name API fields; the dialog names its own labels. */
const LABELS: Record<string, string> = {
  steps: "Steps",
  stepMinutes: "Minutes per step",
  maxP95Ms: "The p95 limit",
  maxRegressionPct: "The slowdown limit",
  minInteractions: "The interactions needed",
};
const inDialogWords = (message: string) => message.replace(/^(steps|stepMinutes|maxP95Ms|maxRegressionPct|minInteractions)\b/, (name) => LABELS[name] ?? name).replace("maxP95Ms, maxRegressionPct or both", "a p95 limit, a slowdown limit or both");

/** A typed number ("" is absent; anything else that is not a number stays NaN for the schema to name). */
const numberOrUndefined = (text: string) => (text.trim() === "" ? undefined : Number(text.trim()));

/**
 * The plan the form describes, checked by the same schema the server applies, or the first
 * message per field. Steps are percents separated by commas, spaces or arrows.
 */
export function readPlanForm(form: PlanForm): { plan: RolloutPlan } | { errors: Partial<Record<PlanField, string>> } {
  const parts = form.steps.split(/[\s,→>]+/).filter(Boolean);
  if (parts.some((part) => !Number.isFinite(Number(part.replace(/%$/, ""))))) {
    return { errors: { steps: "Enter percents separated by commas, e.g. 5, 25, 100." } };
  }
  const candidate = {
    steps: parts.map((part) => Number(part.replace(/%$/, ""))),
    stepMinutes: numberOrUndefined(form.stepMinutes) ?? Number.NaN,
    gate: form.gated
      ? { kind: form.kind, maxP95Ms: numberOrUndefined(form.maxP95Ms), maxRegressionPct: numberOrUndefined(form.maxRegressionPct), minInteractions: numberOrUndefined(form.minInteractions) }
      : undefined,
  };
  const parsed = ZRolloutPlan.safeParse(candidate);
  if (parsed.success) return { plan: parsed.data };
  const errors: Partial<Record<PlanField, string>> = {};
  for (const issue of parsed.error.issues) {
    const [top, inner] = issue.path;
    const field: PlanField = top === "gate" ? (inner === "maxP95Ms" || inner === "maxRegressionPct" || inner === "minInteractions" ? inner : "gate") : top === "stepMinutes" ? "stepMinutes" : "steps";
    errors[field] ??= inDialogWords(issue.message);
  }
  return { errors };
}

type PlanErrors = Partial<Record<PlanField, string>>;

/**
 * The messages still worth showing after an edit: an edited field's message goes with the edit
 * (the gate's "needs a limit" with an edit of either limit or of the checkbox); the others wait
 * for the next submit.
 */
export function errorsAfterEdit({ gate, ...errors }: PlanErrors, patch: Partial<PlanForm>): PlanErrors {
  const kept: PlanErrors = Object.fromEntries(Object.entries(errors).filter(([field]) => !(field in patch)));
  const gateTouched = "gated" in patch || "maxP95Ms" in patch || "maxRegressionPct" in patch;
  return gate && !gateTouched ? { ...kept, gate } : kept;
}
