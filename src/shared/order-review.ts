/*
 * Why a payment event did not match its order (src/server/modules/billing/order-match.ts), as
 * codes with parameters. The order stores the English sentence (`Order.reviewReason`, read by
 * integrators and the audit log as it always was); the console reads the codes back from it
 * (`parseReviewReason`) and words them in its language. The sentence is built only here, so
 * parsing is the exact inverse of writing: anything else stored reads as null and is shown as is.
 */

export type ReviewProblem =
  | { code: "noOrganization" }
  | { code: "otherOrganization" }
  | { code: "orderIdsDisagree" }
  /** amounts in minor units; null: the event carried none */
  | { code: "amount"; claimed: number | null; expected: number }
  | { code: "currency"; claimed: string | null; expected: string }
  | { code: "otherOrder" }
  | { code: "otherPaymentIntent" };

export type ReviewReason = { eventType: string; problems: ReviewProblem[] };

const FIXED = {
  noOrganization: "the payment names no organization",
  otherOrganization: "the payment names another organization",
  orderIdsDisagree: "client_reference_id and metadata.orderId disagree",
  otherOrder: "the payment belongs to another order",
  otherPaymentIntent: "the payment intent is not this order's",
} as const;

const MAX_LENGTH = 500;
const JOINT = " did not match this order: ";

function problemText(problem: ReviewProblem): string {
  if (problem.code === "amount") return `amount ${problem.claimed ?? "missing"} ≠ order total ${problem.expected}`;
  if (problem.code === "currency") return `currency ${problem.claimed ?? "missing"} ≠ order currency ${problem.expected}`;
  return FIXED[problem.code];
}

/** The English sentence the order stores (at most 500 characters). */
export function reviewReasonText({ eventType, problems }: ReviewReason): string {
  return `${eventType}${JOINT}${problems.map(problemText).join("; ")}`.slice(0, MAX_LENGTH);
}

function parseProblem(text: string): ReviewProblem | null {
  const fixed = (Object.keys(FIXED) as (keyof typeof FIXED)[]).find((code) => FIXED[code] === text);
  if (fixed) return { code: fixed };
  const amount = /^amount (\d+|missing) ≠ order total (-?\d+)$/.exec(text);
  if (amount) return { code: "amount", claimed: amount[1] === "missing" ? null : Number(amount[1]), expected: Number(amount[2]) };
  const currency = /^currency (\S+) ≠ order currency (\S+)$/.exec(text);
  if (currency) return { code: "currency", claimed: currency[1] === "missing" ? null : currency[1]!, expected: currency[2]! };
  return null;
}

/** The codes of a stored review reason, or null for a sentence this module did not write (or one cut at 500 characters). */
export function parseReviewReason(text: string): ReviewReason | null {
  const at = text.indexOf(JOINT);
  if (at <= 0) return null;
  const problems = text.slice(at + JOINT.length).split("; ").map(parseProblem);
  if (problems.some((problem) => problem === null)) return null;
  const reason = { eventType: text.slice(0, at), problems: problems as ReviewProblem[] };
  return reviewReasonText(reason) === text ? reason : null;
}
