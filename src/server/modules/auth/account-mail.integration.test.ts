import { describe, expect, it, vi } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { db } from "@/server/db";
import { callerFor, uid } from "@/testing/factories";
import { linkIn } from "@/testing/mail-sink";
import { suiteMailSink } from "@/testing/mail-sink-suite";

// The typed env is read once, at import: vi.hoisted runs before the imports above, so SMTP
// points at the sink (started on this port below) before anything loads the env.
const smtpPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return port;
});

const sink = suiteMailSink(smtpPort);

const tokenOf = (url: string) => url.split("/").pop()!;

describe("account mail over SMTP", () => {
  it("sign-up mails a verification link that proves the address", async () => {
    const email = `mailed-${uid()}@example.test`;
    const created = await callerFor(null).account.signUp({ name: "Mae", email, password: "a long password!" });
    expect(created.verification).toBe("sent");
    const [mail] = sink.mailsTo(email);
    expect(mail?.subject).toMatch(/Confirm your email/);
    await callerFor(null).account.verifyEmail({ token: tokenOf(linkIn(mail)) });
    expect((await callerFor(created.id).account.me()).emailVerified).toBe(true);
  });

  it("forgot password: same answer for unknown addresses, a working reset link for known ones, limited per recipient", async () => {
    const email = `forgot-${uid()}@example.test`;
    const user = await callerFor(null).account.signUp({ name: "Fay", email, password: "a long password!" });
    const caller = createCaller(createInnerContext({ db, ip: `10.77.${Math.floor(Math.random() * 250)}.1` }));
    const unknown = await caller.account.requestPasswordReset({ email: `nobody-${uid()}@example.test` });
    const known = await caller.account.requestPasswordReset({ email });
    expect(unknown).toEqual(known);
    const reset = sink.mailsTo(email).find((mail) => /new Anima password/.test(mail.subject));
    await callerFor(null).account.completePasswordSetup({ token: tokenOf(linkIn(reset)), password: "the new password" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).tokenVersion).toBe(1);

    // One address cannot be flooded with mail, from however many clients.
    const attempts = [];
    for (let i = 0; i < 8; i++) {
      const other = createCaller(createInnerContext({ db, ip: `10.78.${i}.${Math.floor(Math.random() * 250)}` }));
      attempts.push(await other.account.requestPasswordReset({ email }).then(() => "ok", (error: Error) => error.message));
    }
    expect(attempts.filter((a) => a === "ok").length).toBeLessThan(8);
    expect(attempts.at(-1)).toMatch(/Too many emails requested/);
  });
});
