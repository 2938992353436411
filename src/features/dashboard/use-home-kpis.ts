"use client";

import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { liveQuery } from "@/lib/live-data";
import { useTRPC } from "@/lib/trpc";

/** The dashboard's fleet figures (one query shared by every tile), re-read while the page is open. */
export function useHomeKpis() {
  const { slug } = useParams<{ slug: string }>();
  const trpc = useTRPC();
  return { slug, home: useQuery(trpc.fleet.home.queryOptions({ orgSlug: slug }, liveQuery)) };
}
