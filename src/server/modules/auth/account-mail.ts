import "server-only";
import type { Db } from "@/server/db";
import { mailDelivery, sendMail } from "@/server/modules/mail/send-mail";
import { issueAccountLink } from "./account-links";

/**
 * How an account email went out: sent (SMTP), printed (embedded database: the terminal of
 * `npm start`), unavailable (no SMTP on a real deployment: nothing was issued), or failed.
 */
export type AccountMailOutcome = "sent" | "printed" | "unavailable" | "failed";

const MAILS = {
  VERIFY_EMAIL: {
    subject: "Confirm your email address for Anima",
    body: (url: string, expires: string) =>
      `Someone (we hope you) created an Anima account with this address.\n\nConfirm it: ${url}\n\nThe link expires on ${expires}. If it was not you, ignore this email: the account stays unusable without it.`,
  },
  RESET: {
    subject: "Choose a new Anima password",
    body: (url: string, expires: string) =>
      `A new password was requested for your Anima account.\n\nChoose it here: ${url}\n\nThe link expires on ${expires} and works once; it also signs you out everywhere. If you did not ask for it, ignore this email: your password stays as it is.`,
  },
} as const;

/** Issues a verification or reset link and mails it; with no way to deliver mail nothing is issued. */
export async function sendAccountMail(db: Db, user: { id: string; email: string }, purpose: keyof typeof MAILS): Promise<AccountMailOutcome> {
  if (mailDelivery() === "none") return "unavailable";
  const link = await issueAccountLink(db, user.id, purpose);
  const mail = MAILS[purpose];
  const outcome = await sendMail(user.email, mail.subject, mail.body(link.url, link.expiresAt.toUTCString()));
  return outcome === "not-sent" ? "failed" : outcome;
}

/**
 * "Forgot password?": mails a reset link when the address has an account. The answer is the
 * same whether it has one or not, so the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(db: Db, email: string): Promise<AccountMailOutcome> {
  if (mailDelivery() === "none") return "unavailable";
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return mailDelivery() === "smtp" ? "sent" : "printed";
  return sendAccountMail(db, user, "RESET");
}
