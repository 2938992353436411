"use client";

import { UpdatedAgo } from "@/components/ui/updated-ago";
import { useHomeKpis } from "./use-home-kpis";

/** When the dashboard's fleet figures were last read (they re-read themselves while the page is open). */
export function HomeUpdated() {
  const { home } = useHomeKpis();
  return <UpdatedAgo updatedAt={home.dataUpdatedAt} updating={home.isFetching} />;
}
