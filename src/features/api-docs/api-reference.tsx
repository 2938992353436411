"use client";

import "@scalar/api-reference-react/style.css";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Skeleton } from "@/components/ui/skeleton";

// Scalar renders in the browser only (a Vue app inside React): no server render to hydrate.
const ApiReferenceReact = dynamic(() => import("@scalar/api-reference-react").then((scalar) => scalar.ApiReferenceReact), {
  ssr: false,
  loading: () => <ReferenceSkeleton />,
});

function ReferenceSkeleton() {
  const t = useTranslations("apiDocs");
  return (
    <div role="status" aria-label={t("loading")} className="space-y-3 p-8">
      <Skeleton className="h-8 w-1/3" />
      <Skeleton className="h-4 w-2/3" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}

/**
 * The manufacturer API reference, rendered by Scalar from /api/v1/openapi.json: the document the
 * API serves (so the page cannot drift from it). Offline-safe and self-contained: no web fonts,
 * no telemetry, no AI agent, no SDK upsell; "try it" calls go to this deployment directly (same
 * origin), never through a proxy.
 */
export function ApiReference() {
  const title = useTranslations("apiDocs")("referenceTitle");
  // The wrapper reconfigures Scalar whenever this object changes, and a reconfiguration while the
  // document loads leaves it empty: one object per language, not one per render.
  const configuration = useMemo(
    () => ({
      url: "/api/v1/openapi.json",
      withDefaultFonts: false,
      telemetry: false,
      hideClientButton: true,
      showDeveloperTools: "never" as const,
      agent: { disabled: true },
      mcp: { disabled: true },
      layout: "modern" as const,
      theme: "default" as const,
      metaData: { title },
    }),
    [title],
  );
  return <ApiReferenceReact configuration={configuration} />;
}
