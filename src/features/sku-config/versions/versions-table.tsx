import { useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import type { Catalog, ConfigVersionSummary } from "../config-types";
import { DeviceConfigDialog } from "./device-config-dialog";
import { RollbackButton } from "./rollback-button";

type VersionsTableProps = {
  orgSlug: string;
  skuId: string;
  skuCode: string;
  versions: ConfigVersionSummary[];
  catalog: Catalog;
  /** the version numbers ticked for comparison */
  compared: number[];
  onToggleCompare: (version: number) => void;
  /** null when the member may not roll back */
  rollback: { nextVersion: number; onRolledBack: (published: number) => void } | null;
};

/** One page of published versions, newest first: what, by whom, when; compare, inspect, roll back. */
export function VersionsTable({ orgSlug, skuId, skuCode, versions, catalog, compared, onToggleCompare, rollback }: VersionsTableProps) {
  const t = useTranslations("skuConfig.versions");
  const agentName = (id: string) => catalog.agents.find((agent) => agent.id === id)?.name ?? id;
  return (
    <Table aria-label={t("title")}>
      <TableHead>
        <TableRow>
          <TableHeaderCell className="w-12">{t("compare")}</TableHeaderCell>
          <TableHeaderCell>{t("version")}</TableHeaderCell>
          <TableHeaderCell>{t("note")}</TableHeaderCell>
          <TableHeaderCell>{t("agents")}</TableHeaderCell>
          <TableHeaderCell>{t("publishedBy")}</TableHeaderCell>
          <TableHeaderCell>{t("date")}</TableHeaderCell>
          <TableHeaderCell sticky="end">
            <span className="sr-only">{t("actions")}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {versions.map((version) => (
          <TableRow key={version.version} className={cn(compared.includes(version.version) && "bg-brand-50/50")}>
            <TableCell>
              <Checkbox
                checked={compared.includes(version.version)}
                onChange={() => onToggleCompare(version.version)}
                aria-label={t("compareVersion", { version: version.version })}
              />
            </TableCell>
            <TableCell>
              <span className="flex flex-wrap items-center gap-1.5">
                <span className="font-semibold text-slate-900 tabular-nums">{t("versionNumber", { version: version.version })}</span>
                {version.current ? <Badge tone="success">{t("current")}</Badge> : null}
                {version.rolledBackFrom ? <Badge tone="accent">{t("rolledBackFrom", { version: version.rolledBackFrom })}</Badge> : null}
              </span>
            </TableCell>
            <TableCell className="max-w-72 min-w-40 break-words whitespace-normal">{version.note ?? <span className="text-slate-400">—</span>}</TableCell>
            <TableCell title={version.agents.map(agentName).join(", ")}>{t("agentCount", { count: version.agents.length })}</TableCell>
            <TableCell className="min-w-28 whitespace-normal">{version.publishedBy}</TableCell>
            <TableCell>
              <DateTime value={version.createdAt} />
            </TableCell>
            <TableCell sticky="end">
              <div className="flex justify-end gap-1">
                <DeviceConfigDialog orgSlug={orgSlug} skuId={skuId} skuCode={skuCode} version={version.version} />
                {rollback && !version.current ? (
                  <RollbackButton orgSlug={orgSlug} skuId={skuId} version={version.version} nextVersion={rollback.nextVersion} onRolledBack={rollback.onRolledBack} />
                ) : null}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
