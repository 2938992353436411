import type { RouterOutputs } from "@/lib/trpc";
import type { BadgeTone } from "@/features/licenses/license-meta";

export type Quote = RouterOutputs["quote"]["get"];
export type QuoteStatus = Quote["status"];

export const QUOTE_STATUS_TONES: Record<QuoteStatus, BadgeTone> = {
  open: "warning",
  expired: "neutral",
  accepted: "success",
  declined: "danger",
  withdrawn: "neutral",
};

export const quotePath = (orgSlug: string, quoteId: string) => `/o/${orgSlug}/licenses/quotes/${quoteId}`;
export const quotePdfPath = (orgSlug: string, quoteId: string) => `${quotePath(orgSlug, quoteId)}/pdf`;
