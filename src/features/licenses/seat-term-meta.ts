import type { RouterOutputs } from "@/lib/trpc";
import { DAY_MS } from "@/shared/time";
import type { BadgeTone } from "./license-meta";

type Term = RouterOutputs["license"]["terms"]["terms"][number];

/** A message of `licenses.terms.status` and its values. */
export type TermMessage =
  | { key: "active" | "expired" | "ended" | "renewed" | "expiringDetail" }
  | { key: "expiresIn" | "graceDetail"; values: { days: number } }
  | { key: "reclaimedDetail"; values: { count: number } };

const daysLeft = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / DAY_MS));

/** A term's badge and the line under it: "Expires in 12 days", "In grace: 9 days left", "Renewed". */
export function termStatus(
  term: Pick<Term, "state" | "endsAt" | "graceEndsAt" | "seatsReclaimed">,
  now: Date,
): { label: TermMessage; tone: BadgeTone; detail: TermMessage | null } {
  switch (term.state) {
    case "active":
      return { label: { key: "active" }, tone: "success", detail: null };
    case "expiring":
      return { label: { key: "expiresIn", values: { days: daysLeft(term.endsAt, now) } }, tone: "warning", detail: { key: "expiringDetail" } };
    case "grace":
      return { label: { key: "expired" }, tone: "danger", detail: { key: "graceDetail", values: { days: daysLeft(term.graceEndsAt, now) } } };
    case "ended":
      return {
        label: { key: "ended" },
        tone: "neutral",
        detail: term.seatsReclaimed > 0 ? { key: "reclaimedDetail", values: { count: term.seatsReclaimed } } : null,
      };
    case "renewed":
      return { label: { key: "renewed" }, tone: "brand", detail: null };
  }
}
