import "server-only";
import type { Locale } from "@/i18n/locales";
import type { Db } from "@/server/db";
import { publicUrl } from "@/server/env";
import type { MailTranslator } from "./mail-locale";
import { sendInTheirLanguage, type WrittenMail } from "./send-in-language";

/** What a mail to admins is written with: its language's messages and the organization. */
export type AdminMailContext = { t: MailTranslator; locale: Locale; org: { name: string; consoleUrl: string } };

/**
 * Mails the organization's owners and admins (alerts about seats, rollouts), each in their
 * console language: `compose` writes the subject and paragraphs once per language. Never
 * throws for one failed mailbox (sendMail logs it).
 */
export async function mailOrgAdmins(db: Db, orgId: string, compose: (mail: AdminMailContext) => WrittenMail) {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { name: true, slug: true, memberships: { where: { role: { in: ["OWNER", "ADMIN"] } }, select: { user: { select: { email: true, locale: true } } } } },
  });
  const context = { name: org.name, consoleUrl: `${publicUrl()}/o/${org.slug}` };
  await sendInTheirLanguage(
    org.memberships.map((m) => m.user),
    (t, locale) => compose({ t, locale, org: context }),
  );
}
