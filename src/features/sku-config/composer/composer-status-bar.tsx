import { CircleCheck, Rocket } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { Catalog, ComposerState, LineupIssue } from "../config-types";
import { IssuesSummary } from "./issues-summary";
import { PublishState } from "./publish-state";

type ComposerStatusBarProps = Pick<ComposerState, "current" | "unpublishedChanges" | "rollout"> & {
  catalog: Catalog;
  issues: readonly LineupIssue[];
  /** the save indicator, when editing */
  saveIndicator?: ReactNode;
  /** the Publish button and dialog, when editing */
  publish?: ReactNode;
  /** the version just published here, to everyone or as a staged rollout */
  justPublished: { version: number; staged: boolean } | null;
  versionsHref: string;
  rolloutsHref: string;
};

/** The top of the composer: what devices run, autosave, Publish, and everything that blocks publishing. */
export function ComposerStatusBar(props: ComposerStatusBarProps) {
  const t = useTranslations("skuConfig.composer");
  const { catalog, issues, current, unpublishedChanges, rollout, saveIndicator, publish, justPublished, versionsHref, rolloutsHref } = props;
  return (
    <Card aria-label={t("publishing")}>
      <div className="flex flex-col gap-4 px-5 py-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-2">
          <PublishState current={current} unpublishedChanges={unpublishedChanges} />
          {saveIndicator}
        </div>
        {publish}
      </div>
      {justPublished ? (
        <p role="status" className="mx-5 mb-4 flex flex-wrap items-center gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <CircleCheck className="size-4" aria-hidden />
          {justPublished.staged ? t("publishedStaged", { version: justPublished.version }) : t("published", { version: justPublished.version })}
          <Link href={justPublished.staged ? rolloutsHref : versionsHref} className="font-medium underline">
            {justPublished.staged ? t("watchRollout") : t("seeVersions")}
          </Link>
        </p>
      ) : rollout ? (
        <p className="mx-5 mb-4 flex flex-wrap items-center gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-900">
          <Rocket className="size-4" aria-hidden />
          {rollout.status === "paused" ? t("rollingOutPaused", { version: rollout.toVersion }) : t("rollingOut", { version: rollout.toVersion })}
          <Link href={rolloutsHref} className="font-medium underline">
            {t("watchRollout")}
          </Link>
        </p>
      ) : null}
      {issues.length > 0 ? (
        <div className="px-5 pb-4">
          <IssuesSummary issues={issues} catalog={catalog} id="draft-issues" />
        </div>
      ) : null}
    </Card>
  );
}
