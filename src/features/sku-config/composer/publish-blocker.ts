import { plural } from "@/lib/format";
import type { ComposerState } from "../config-types";
import type { SaveStatus } from "./use-autosave";

type PublishContext = { save: SaveStatus["state"]; issueCount: number } & Pick<ComposerState, "current" | "unpublishedChanges" | "rollout">;

/** Why Publish is disabled right now, in words; null when it can be pressed. */
export function publishBlocker({ save, issueCount, current, unpublishedChanges, rollout }: PublishContext): string | null {
  if (rollout) return `Version ${rollout.toVersion} is rolling out: promote it to the end or abort it (Rollouts tab) before publishing another.`;
  if (save === "conflict") return "Reload to get the latest draft first.";
  if (save === "pending" || save === "saving") return "Saving your changes…";
  if (save === "error") return "Your latest changes are not saved yet.";
  if (issueCount > 0) return `Fix the ${plural(issueCount, "issue")} below first.`;
  if (current && !unpublishedChanges) return `Nothing new to publish: the draft is version ${current.version}.`;
  return null;
}
