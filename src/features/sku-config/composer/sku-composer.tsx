"use client";

import { useQuery } from "@tanstack/react-query";
import { Boxes } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { errorStatus } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { configPaths } from "../config-paths";
import { ComposerReadOnly } from "./composer-read-only";
import { ComposerWorkspace } from "./composer-workspace";

type SkuComposerProps = { orgSlug: string; skuId: string; canEdit: boolean };

/**
 * Loads the catalog and the SKU's draft, then shows the composer. The draft is read fresh
 * on every visit (never from cache), since edits are saved against the revision read here.
 */
export function SkuComposer({ orgSlug, skuId, canEdit }: SkuComposerProps) {
  const trpc = useTRPC();
  const t = useTranslations("skuConfig");
  const catalog = useQuery(trpc.skuConfig.catalog.queryOptions({ orgSlug }));
  const state = useQuery(trpc.skuConfig.state.queryOptions({ orgSlug, skuId }, { refetchOnMount: "always", staleTime: 0 }));
  // Bumped by Reload: the workspace starts over from the draft just fetched.
  const [generation, setGeneration] = useState(0);
  const paths = configPaths(orgSlug, skuId);

  if (errorStatus(state.error) === 404) {
    return (
      <Card>
        <EmptyState
          icon={Boxes}
          title={t("composer.notFoundTitle")}
          description={t("composer.notFoundDescription")}
          action={
            <Button asChild variant="secondary">
              <Link href={`/o/${orgSlug}/skus`}>{t("composer.backToSkus")}</Link>
            </Button>
          }
          className="py-14"
        />
      </Card>
    );
  }
  const ready = catalog.data && state.data && state.isFetchedAfterMount ? { catalog: catalog.data, state: state.data } : undefined;
  const reload = async () => {
    await state.refetch();
    setGeneration((current) => current + 1);
  };

  return (
    <QueryStates query={{ data: ready, isError: catalog.isError || state.isError, error: catalog.error ?? state.error }} loadingLabel={t("card.loading")} rows={6}>
      {(loaded) =>
        canEdit ? (
          <ComposerWorkspace key={generation} orgSlug={orgSlug} catalog={loaded.catalog} state={loaded.state} versionsHref={paths.versions} rolloutsHref={paths.rollouts} onReload={reload} />
        ) : (
          <ComposerReadOnly catalog={loaded.catalog} state={loaded.state} versionsHref={paths.versions} rolloutsHref={paths.rollouts} />
        )
      }
    </QueryStates>
  );
}
