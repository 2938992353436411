import type { ComposerState } from "../config-types";
import type { Wording } from "./rule-wording";
import type { SaveStatus } from "./use-autosave";

type PublishContext = { save: SaveStatus["state"]; issueCount: number } & Pick<ComposerState, "current" | "unpublishedChanges" | "rollout">;

/** Why Publish is disabled right now, in words; null when it can be pressed. */
export function publishBlocker({ save, issueCount, current, unpublishedChanges, rollout }: PublishContext, words: Wording): string | null {
  if (rollout) return words.rule("blockRollout", { version: rollout.toVersion });
  if (save === "conflict") return words.rule("blockConflict");
  if (save === "pending" || save === "saving") return words.rule("blockSaving");
  if (save === "error") return words.rule("blockError");
  if (issueCount > 0) return words.rule("blockIssues", { count: issueCount });
  if (current && !unpublishedChanges) return words.rule("blockNothingNew", { version: current.version });
  return null;
}
