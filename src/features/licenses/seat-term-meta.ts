import type { RouterOutputs } from "@/lib/trpc";
import { DAY_MS } from "@/shared/time";
import { formatCount, type BadgeTone } from "./license-meta";

type Term = RouterOutputs["license"]["terms"]["terms"][number];

const daysLeft = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / DAY_MS));
const days = (count: number) => `${formatCount(count)} ${count === 1 ? "day" : "days"}`;

/** A term's badge and the line under it: "Expires in 12 days", "In grace: 9 days left", "Renewed". */
export function termStatus(term: Pick<Term, "state" | "endsAt" | "graceEndsAt" | "seatsReclaimed">, now: Date): { label: string; tone: BadgeTone; detail: string | null } {
  switch (term.state) {
    case "active":
      return { label: "Active", tone: "success", detail: null };
    case "expiring":
      return { label: `Expires in ${days(daysLeft(term.endsAt, now))}`, tone: "warning", detail: "Renew to keep these seats." };
    case "grace":
      return { label: "Expired", tone: "danger", detail: `Grace period: ${days(daysLeft(term.graceEndsAt, now))} left for devices using these seats.` };
    case "ended":
      return {
        label: "Ended",
        tone: "neutral",
        detail: term.seatsReclaimed > 0 ? `${formatCount(term.seatsReclaimed)} seats were taken back from devices.` : null,
      };
    case "renewed":
      return { label: "Renewed", tone: "brand", detail: null };
  }
}
