"use client";

import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { useTRPC } from "@/lib/trpc";

/** The dashboard's fleet figures (one query shared by every tile). */
export function useHomeKpis() {
  const { slug } = useParams<{ slug: string }>();
  const trpc = useTRPC();
  return { slug, home: useQuery(trpc.fleet.home.queryOptions({ orgSlug: slug })) };
}
