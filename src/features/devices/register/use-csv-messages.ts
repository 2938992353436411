import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { FileProblem, RowIssue } from "../csv-issues";

/** Words a CSV row issue or file problem in the console's language (`devices.csv`). */
export function useCsvMessages() {
  const tIssue = useTranslations("devices.csv.issues");
  const tFile = useTranslations("devices.csv.fileProblems");
  const issueText = useCallback((issue: RowIssue) => ("params" in issue ? tIssue(issue.code, issue.params) : tIssue(issue.code)), [tIssue]);
  const problemText = useCallback((problem: FileProblem) => ("params" in problem ? tFile(problem.code, problem.params) : tFile(problem.code)), [tFile]);
  return { issueText, problemText };
}
