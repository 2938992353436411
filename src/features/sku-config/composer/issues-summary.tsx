import { CircleAlert } from "lucide-react";
import { plural } from "@/lib/format";
import type { Catalog, LineupIssue } from "../config-types";
import { issueLocation } from "../issue-paths";

/** Every problem that blocks publishing, each with where it is. */
export function IssuesSummary({ issues, catalog, id }: { issues: readonly LineupIssue[]; catalog: Catalog; id?: string }) {
  if (issues.length === 0) return null;
  return (
    <section id={id} aria-labelledby={`${id ?? "issues"}-title`} className="rounded-md border border-red-200 bg-red-50/70 px-4 py-3 text-sm">
      <h3 id={`${id ?? "issues"}-title`} className="flex items-center gap-2 font-medium text-red-900">
        <CircleAlert className="size-4" aria-hidden />
        Fix {plural(issues.length, "issue")} before publishing
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-9 text-red-800">
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <span className="font-medium">{issueLocation(issue.path, catalog)}:</span> {issue.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
