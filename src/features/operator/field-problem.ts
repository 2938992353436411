import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { Messages } from "@/messages";

/** A form field's validation problem as a catalog key (`operator.validation.<key>`) and its values, so either language can show it. */
export type FieldProblem = { key: keyof Messages["operator"]["validation"]; values?: Record<string, string | number> };
export type FieldProblems<V> = Partial<Record<keyof V, FieldProblem>>;

/** `(problems) => messages`: each field's problem in the console's language. */
export function useFieldProblems() {
  const t = useTranslations("operator.validation");
  return useCallback(
    <K extends PropertyKey>(problems: Partial<Record<K, FieldProblem>>): Partial<Record<K, string>> =>
      Object.fromEntries(Object.entries<FieldProblem | undefined>(problems).flatMap(([field, problem]) => (problem ? [[field, t(problem.key, problem.values)]] : []))) as Partial<
        Record<K, string>
      >,
    [t],
  );
}
