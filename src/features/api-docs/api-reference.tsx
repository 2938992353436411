"use client";

import "@scalar/api-reference-react/style.css";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("apiDocs");
  return (
    <ApiReferenceReact
      configuration={{
        url: "/api/v1/openapi.json",
        withDefaultFonts: false,
        telemetry: false,
        hideClientButton: true,
        showDeveloperTools: "never",
        agent: { disabled: true },
        mcp: { disabled: true },
        layout: "modern",
        theme: "default",
        metaData: { title: t("referenceTitle") },
      }}
    />
  );
}
