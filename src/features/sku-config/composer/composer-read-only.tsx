import { Eye } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Catalog, ComposerState } from "../config-types";
import { indexIssues } from "../issue-paths";
import { wordIssues } from "./issue-wording";
import { useWording } from "./rule-wording";
import { ComposerStatusBar } from "./composer-status-bar";
import { GlobalSettingsCard } from "./global-settings-card";
import { toDraft } from "./lineup-draft";
import { LineupPanel } from "./lineup-panel";

/** The configuration for members who may not edit it: lineup and settings, no controls. */
type ComposerReadOnlyProps = { catalog: Catalog; state: ComposerState; versionsHref: string; rolloutsHref: string };

export function ComposerReadOnly({ catalog, state, versionsHref, rolloutsHref }: ComposerReadOnlyProps) {
  const t = useTranslations("skuConfig.composer");
  const draft = toDraft(state.draft.lineup);
  const words = useWording();
  const issues = indexIssues(wordIssues(state.issues, catalog, words));
  return (
    <div className="space-y-6">
      <p className="flex items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-600">
        <Eye className="size-4 shrink-0 text-slate-500" aria-hidden />
        {t("readOnly")}
      </p>
      <ComposerStatusBar
        catalog={catalog}
        issues={[]}
        current={state.current}
        unpublishedChanges={state.unpublishedChanges}
        rollout={state.rollout}
        justPublished={null}
        versionsHref={versionsHref}
        rolloutsHref={rolloutsHref}
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,21rem)]">
        <LineupPanel draft={draft} catalog={catalog} issues={issues} />
        <GlobalSettingsCard values={draft.settings} issues={issues.global} />
      </div>
    </div>
  );
}
