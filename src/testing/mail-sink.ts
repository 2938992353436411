import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SunkMail = { to: string[]; subject: string; text: string; receivedAt: string };

/**
 * A real SMTP server that keeps every message in memory, for tests of what Anima mails
 * (verification and reset links, invitations). Point SMTP_URL at `url`.
 */
export async function startMailSink(port = 0, host = "127.0.0.1") {
  const mails: SunkMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          mails.push({ to, subject: parsed.subject ?? "", text: parsed.text ?? "", receivedAt: new Date().toISOString() });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://${host}:${address.port}`,
    /** Messages to `email`, oldest first. */
    mailsTo: (email: string) => mails.filter((mail) => mail.to.includes(email.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first Anima link (set-up, reset, verification, invitation) in a mail's text. */
export function linkIn(mail: SunkMail | undefined): string {
  const link = mail?.text.match(/https?:\/\/\S+\/(?:setup-password|verify-email|invite)\/[\w-]+/)?.[0];
  if (!link) throw new Error(`No Anima link in mail: ${mail ? mail.subject : "(none)"}`);
  return link;
}
