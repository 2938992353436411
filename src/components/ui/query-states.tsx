import type { ReactNode } from "react";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { FormError } from "./form-error";
import { TableSkeleton } from "./skeleton";

type QueryLike<T> = { data: T | undefined; isError: boolean; error: unknown };

/**
 * The states every data card shares: a skeleton until data arrives, the server's message on
 * error (translated by its reason), an empty state when `empty` returns one, and otherwise the content.
 */
export function QueryStates<T>({
  query,
  loadingLabel,
  rows,
  empty,
  children,
}: {
  query: QueryLike<T>;
  loadingLabel: string;
  rows?: number;
  /** what to show for a loaded but empty result; null when there is something to show */
  empty?: (data: T) => ReactNode;
  children: (data: T) => ReactNode;
}) {
  const errorMessage = useErrorMessage();
  if (query.isError) return <FormError message={errorMessage(query.error)} className="m-5" />;
  if (query.data === undefined) return <TableSkeleton rows={rows} label={loadingLabel} />;
  return <>{empty?.(query.data) ?? children(query.data)}</>;
}
