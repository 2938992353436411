"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useBeforeUnload } from "@/lib/use-before-unload";
import { useTRPC } from "@/lib/trpc";
import type { Catalog, ComposerState, LineupIssue } from "../config-types";
import { indexIssues } from "../issue-paths";
import { wordIssues } from "./issue-wording";
import { CatalogPanel } from "./catalog-panel";
import { ComposerDnd } from "./composer-dnd";
import { ComposerStatusBar } from "./composer-status-bar";
import { ConflictNotice } from "./conflict-notice";
import { GlobalSettingsCard } from "./global-settings-card";
import { toLineupInput } from "./lineup-draft";
import { LineupPanel } from "./lineup-panel";
import { publishBlocker } from "./publish-blocker";
import { useWording } from "./rule-wording";
import { PublishDialog } from "./publish-dialog";
import { SaveIndicator } from "./save-indicator";
import { useAutosave } from "./use-autosave";
import { useLineupEditor } from "./use-lineup-editor";

type ComposerWorkspaceProps = {
  orgSlug: string;
  catalog: Catalog;
  /** the composer state as last fetched; the draft in it is only read on mount */
  state: ComposerState;
  versionsHref: string;
  rolloutsHref: string;
  onReload: () => Promise<unknown>;
};

/** The editable composer: catalog beside the lineup, autosaved, with Publish on top. */
export function ComposerWorkspace({ orgSlug, catalog, state, versionsHref, rolloutsHref, onReload }: ComposerWorkspaceProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { sku } = state;
  const words = useWording();
  const [issues, setIssues] = useState<LineupIssue[]>(state.issues);
  const [justPublished, setJustPublished] = useState<{ version: number; staged: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);
  const refreshState = () => queryClient.invalidateQueries({ queryKey: trpc.skuConfig.state.queryKey({ orgSlug, skuId: sku.id }) });
  // New issues resize cards and the summary; during a drag that would move the drop targets
  // under the dragged item (dnd-kit measured them at the start), so they wait for the drop.
  const dragging = useRef(false);
  const issuesAfterDrag = useRef<LineupIssue[] | null>(null);
  const onDragActive = (active: boolean) => {
    dragging.current = active;
    if (!active && issuesAfterDrag.current) {
      setIssues(issuesAfterDrag.current);
      issuesAfterDrag.current = null;
    }
  };

  const autosave = useAutosave({
    orgSlug,
    skuId: sku.id,
    initialRevision: state.draft.revision,
    onSaved: (saved) => {
      if (dragging.current) issuesAfterDrag.current = saved.issues;
      else setIssues(saved.issues);
      void refreshState();
    },
  });
  const editor = useLineupEditor({
    initial: state.draft.lineup,
    catalog,
    onChange: (draft) => {
      setJustPublished(null);
      autosave.schedule(toLineupInput(draft));
    },
  });
  const save = autosave.status;
  useBeforeUnload(save.state === "pending" || save.state === "saving" || save.state === "error");
  const issueIndex = indexIssues(wordIssues(issues, catalog, words));

  const reload = () => {
    setReloading(true);
    void onReload().finally(() => setReloading(false));
  };

  return (
    <div className="space-y-6">
      <ComposerStatusBar
        catalog={catalog}
        issues={issues}
        current={state.current}
        unpublishedChanges={state.unpublishedChanges}
        rollout={state.rollout}
        justPublished={justPublished}
        versionsHref={versionsHref}
        rolloutsHref={rolloutsHref}
        saveIndicator={<SaveIndicator status={save} lastSaved={{ at: state.draft.updatedAt, by: state.draft.updatedBy }} onRetry={autosave.retry} />}
        publish={
          <PublishDialog
            orgSlug={orgSlug}
            skuId={sku.id}
            skuCode={sku.code}
            catalog={catalog}
            capabilities={sku.capabilities}
            liveVersion={state.current?.version ?? null}
            revision={autosave.currentRevision}
            disabledReason={publishBlocker({ save: save.state, issueCount: issues.length, current: state.current, unpublishedChanges: state.unpublishedChanges, rollout: state.rollout }, words)}
            onPublished={(published) => {
              setJustPublished(published);
              void queryClient.invalidateQueries({ queryKey: trpc.skuConfig.pathKey() });
            }}
            onRefused={setIssues}
            onReload={reload}
          />
        }
      />
      {save.state === "conflict" ? <ConflictNotice message={save.message} onReload={reload} reloading={reloading} /> : null}
      <ComposerDnd draft={editor.draft} catalog={catalog} sku={sku} onDrop={editor.applyDrop} onDragActive={onDragActive}>
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,21rem)_minmax(0,1fr)]">
          <CatalogPanel catalog={catalog} sku={sku} draft={editor.draft} onAddAgent={(agentId) => editor.addAgent(agentId)} />
          <div className="space-y-6">
            <GlobalSettingsCard values={editor.draft.settings} issues={issueIndex.global} onChange={editor.setGlobalSetting} />
            <LineupPanel draft={editor.draft} catalog={catalog} issues={issueIndex} editor={editor} />
          </div>
        </div>
      </ComposerDnd>
      <p className="sr-only" role="status" aria-live="polite">
        {editor.announcement}
      </p>
    </div>
  );
}
