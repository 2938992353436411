import nodemailer from "nodemailer";
import { env, onEmbeddedDatabase } from "@/server/env";
import { logger } from "@/server/logger";
import { errorText } from "@/server/errors";

/**
 * How mail leaves Anima: by SMTP when `SMTP_URL` is set; on the embedded database of
 * `npm start` (a demo on one machine, no mail server) it is printed to the terminal; on a
 * real deployment without SMTP it is not sent at all, and the UI says what to do instead.
 */
export type MailDelivery = "smtp" | "terminal" | "none";

export function mailDelivery(): MailDelivery {
  if (env.SMTP_URL) return "smtp";
  return onEmbeddedDatabase() ? "terminal" : "none";
}

/** True when outgoing mail reaches a mailbox (SMTP_URL). */
export function mailEnabled(): boolean {
  return mailDelivery() === "smtp";
}

export type MailOutcome = "sent" | "printed" | "not-sent";

/** Sends a plain-text email (or prints it, on the embedded database); never throws. */
export async function sendMail(to: string, subject: string, text: string): Promise<MailOutcome> {
  const delivery = mailDelivery();
  if (delivery === "terminal") {
    // Links in it are secrets: printed only on the embedded (single-machine demo) database.
    console.log(`\n✉  local mail (not sent: SMTP_URL is not set)\n   to: ${to}\n   subject: ${subject}\n\n${text.replace(/^/gm, "   ")}\n`);
    return "printed";
  }
  if (delivery === "none") return "not-sent";
  try {
    await nodemailer.createTransport(env.SMTP_URL).sendMail({ from: env.EMAIL_FROM, to, subject, text });
    return "sent";
  } catch (error) {
    logger.warn("mail delivery failed", { subject, error: errorText(error) });
    return "not-sent";
  }
}
