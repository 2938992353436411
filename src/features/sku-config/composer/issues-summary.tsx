import { CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Catalog, LineupIssue } from "../config-types";
import { issueLocation } from "../issue-paths";
import { useSettingWording } from "../settings/setting-wording";
import { issueText } from "./issue-wording";
import { useWording } from "./rule-wording";

/** Every problem that blocks publishing, each with where it is. */
export function IssuesSummary({ issues, catalog, id }: { issues: readonly LineupIssue[]; catalog: Catalog; id?: string }) {
  const t = useTranslations("skuConfig.composer");
  const wording = useWording();
  const globalFields = useSettingWording().global;
  if (issues.length === 0) return null;
  const words = { lineup: t("issueLineup"), globalSettings: t("issueGlobal"), globalFields };
  return (
    <section id={id} aria-labelledby={`${id ?? "issues"}-title`} className="rounded-md border border-red-200 bg-red-50/70 px-4 py-3 text-sm">
      <h3 id={`${id ?? "issues"}-title`} className="flex items-center gap-2 font-medium text-red-900">
        <CircleAlert className="size-4" aria-hidden />
        {t("issuesTitle", { count: issues.length })}
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-9 text-red-800">
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <span className="font-medium">{issueLocation(issue.path, catalog, words)}:</span> {issueText(issue, catalog, wording)}
          </li>
        ))}
      </ul>
    </section>
  );
}
