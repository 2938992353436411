import "server-only";
import type { Db } from "@/server/db";
import { publicUrl } from "@/server/env";
import { sendMail } from "./send-mail";

/**
 * Mails the organization's owners and admins (alerts about seats, rollouts): `body` gets the
 * organization's name and the console's address of its pages. Never throws for one failed
 * mailbox (sendMail logs it).
 */
export async function mailOrgAdmins(db: Db, orgId: string, subject: (orgName: string) => string, body: (org: { name: string; consoleUrl: string }) => string[]) {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { name: true, slug: true, memberships: { where: { role: { in: ["OWNER", "ADMIN"] } }, select: { user: { select: { email: true } } } } },
  });
  const text = body({ name: org.name, consoleUrl: `${publicUrl()}/o/${org.slug}` }).join("\n\n");
  await Promise.all(org.memberships.map((m) => sendMail(m.user.email, subject(org.name), text)));
}
