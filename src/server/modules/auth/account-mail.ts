import "server-only";
import type { Db } from "@/server/db";
import { mailDateTime, mailLocale, mailTranslator } from "@/server/modules/mail/mail-locale";
import { mailDelivery, sendMail } from "@/server/modules/mail/send-mail";
import { issueAccountLink } from "./account-links";

/**
 * How an account email went out: sent (SMTP), printed (embedded database: the terminal of
 * `npm start`), unavailable (no SMTP on a real deployment: nothing was issued), or failed.
 */
export type AccountMailOutcome = "sent" | "printed" | "unavailable" | "failed";

/** Which mail of the `mail.account` catalog each link purpose sends. */
const MAILS = { VERIFY_EMAIL: "verifyEmail", RESET: "reset" } as const;

/**
 * Issues a verification or reset link and mails it in the user's console language; with no way
 * to deliver mail nothing is issued.
 */
export async function sendAccountMail(db: Db, user: { id: string; email: string; locale: string | null }, purpose: keyof typeof MAILS): Promise<AccountMailOutcome> {
  if (mailDelivery() === "none") return "unavailable";
  const link = await issueAccountLink(db, user.id, purpose);
  const locale = mailLocale(user.locale);
  const t = mailTranslator(locale);
  const subject = t(`account.${MAILS[purpose]}.subject`);
  const outcome = await sendMail(user.email, subject, t(`account.${MAILS[purpose]}.body`, { url: link.url, expires: mailDateTime(link.expiresAt, locale) }));
  return outcome === "not-sent" ? "failed" : outcome;
}

/**
 * "Forgot password?": mails a reset link when the address has an account. The answer is the
 * same whether it has one or not, so the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(db: Db, email: string): Promise<AccountMailOutcome> {
  if (mailDelivery() === "none") return "unavailable";
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true } });
  if (!user) return mailDelivery() === "smtp" ? "sent" : "printed";
  return sendAccountMail(db, user, "RESET");
}
