import nodemailer from "nodemailer";
import { env } from "@/server/env";
import { logger } from "@/server/logger";

/** True when outgoing mail is configured (SMTP_URL). Without it, links are shown in the UI only. */
export function mailEnabled(): boolean {
  return Boolean(env.SMTP_URL);
}

/** Sends a plain-text email; returns false (and logs) when SMTP is not configured or fails. */
export async function sendMail(to: string, subject: string, text: string): Promise<boolean> {
  if (!env.SMTP_URL) return false;
  try {
    await nodemailer.createTransport(env.SMTP_URL).sendMail({ from: env.EMAIL_FROM, to, subject, text });
    return true;
  } catch (error) {
    logger.warn("mail delivery failed", { subject, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}
