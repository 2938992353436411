"use client";

import { useState } from "react";

/**
 * Pages through a list the server returns whole (members, keys): keeps tables bounded
 * and clamps the page when rows disappear (a revoke on the last page).
 */
export function useClientPagination<T>(items: readonly T[] | undefined, pageSize = 20) {
  const [requested, setPage] = useState(1);
  const total = items?.length ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requested, pageCount);
  const rows = (items ?? []).slice((page - 1) * pageSize, page * pageSize);
  return { page, setPage, pageSize, total, rows, paginated: total > pageSize };
}
