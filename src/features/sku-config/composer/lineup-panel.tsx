"use client";

import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { Bot } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Catalog } from "../config-types";
import type { IssueIndex } from "../issue-paths";
import { dragId } from "./drag-items";
import { LineupAgentCard } from "./lineup-agent-card";
import { LineupEndZone } from "./lineup-end-zone";
import type { DraftLineup } from "./lineup-draft";
import { SortableLineupAgent } from "./sortable-lineup-agent";
import type { LineupEditor } from "./use-lineup-editor";

type LineupPanelProps = {
  draft: DraftLineup;
  catalog: Catalog;
  issues: IssueIndex;
  /** absent when read-only */
  editor?: LineupEditor;
};

/** The SKU's agents in the order devices offer them; sortable and editable for those who may. */
export function LineupPanel({ draft, catalog, issues, editor }: LineupPanelProps) {
  const { agents } = draft;
  const t = useTranslations("skuConfig.lineup");
  return (
    <Card aria-labelledby="lineup-title">
      <CardHeader>
        <CardTitle id="lineup-title">
          {t("title")} <span className="text-sm font-normal text-slate-500">{t("count", { count: agents.length })}</span>
        </CardTitle>
        <CardDescription>
          {editor ? t("descriptionEdit") : t("descriptionRead")}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {editor?.refusal ? (
          <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {editor.refusal}
          </p>
        ) : null}
        {editor ? (
          <>
            <SortableContext items={agents.map((entry) => dragId({ type: "lineup-agent", key: entry.key }))} strategy={verticalListSortingStrategy}>
              <ol aria-label={t("agents")} className="space-y-3">
                {agents.map((entry, index) => (
                  <SortableLineupAgent key={entry.key} entry={entry} index={index} total={agents.length} catalog={catalog} issues={issues.agents[index]} editor={editor} />
                ))}
              </ol>
            </SortableContext>
            <LineupEndZone empty={agents.length === 0} />
          </>
        ) : agents.length === 0 ? (
          <EmptyState icon={Bot} title={t("emptyTitle")} description={t("emptyRead")} />
        ) : (
          <ol aria-label={t("agents")} className="space-y-3">
            {agents.map((entry, index) => (
              <li key={entry.key}>
                <LineupAgentCard entry={entry} index={index} total={agents.length} catalog={catalog} issues={issues.agents[index]} />
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
