import "server-only";
import type { Locale } from "@/i18n/locales";
import { mailLocale, mailTranslator, type MailTranslator } from "./mail-locale";
import { sendMail } from "./send-mail";

/** One mail as written in one language. */
export type WrittenMail = { subject: string; paragraphs: string[] };

/**
 * Mails each recipient in their console language (`User.locale`, English when unset): `write`
 * composes the mail once per language among them. Never throws for one failed mailbox.
 */
export async function sendInTheirLanguage(recipients: { email: string; locale: string | null }[], write: (t: MailTranslator, locale: Locale) => WrittenMail) {
  const groups = new Map<Locale, string[]>();
  for (const { email, locale } of recipients) {
    const language = mailLocale(locale);
    groups.set(language, [...(groups.get(language) ?? []), email]);
  }
  const sends = [...groups].flatMap(([locale, emails]) => {
    const mail = write(mailTranslator(locale), locale);
    const text = mail.paragraphs.join("\n\n");
    return emails.map((email) => sendMail(email, mail.subject, text));
  });
  await Promise.all(sends);
}
