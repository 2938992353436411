import { describe, expect, it, vi } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { db } from "@/server/db";
import { createOrgWithMembers, uid } from "@/testing/factories";
import { linkIn, type SunkMail } from "@/testing/mail-sink";
import { suiteMailSink } from "@/testing/mail-sink-suite";
import { mailOrgAdmins } from "./org-admins";

// SMTP points at the sink before anything loads the env (see account-mail.integration.test.ts).
const smtpPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return port;
});

const sink = suiteMailSink(smtpPort);

async function mailTo(email: string, subject: RegExp): Promise<SunkMail> {
  await expect.poll(() => sink.mailsTo(email).some((mail) => subject.test(mail.subject))).toBe(true);
  return sink.mailsTo(email).find((mail) => subject.test(mail.subject))!;
}

const RFC_1123 = String.raw`\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT`;

describe("mail in the recipient's language", () => {
  it("a password reset reaches a zh-CN user in Chinese and an English user exactly as before", async () => {
    const { owner, members } = await createOrgWithMembers(["ADMIN"]);
    await db.user.update({ where: { id: owner.id }, data: { locale: "zh-CN" } });
    const caller = createCaller(createInnerContext({ db, ip: `10.91.${Math.floor(Math.random() * 250)}.1` }));
    await caller.account.requestPasswordReset({ email: owner.email });
    await caller.account.requestPasswordReset({ email: members.ADMIN!.email });

    const chinese = await mailTo(owner.email, /密码/);
    expect(chinese.subject).toBe("设置新的 Anima 密码");
    expect(chinese.text).toMatch(/^您的 Anima 账号申请了新密码。\n\n在此设置：http\S+\/setup-password\/\S+\n\n链接将于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} UTC 失效/);

    const english = await mailTo(members.ADMIN!.email, /new Anima password/);
    expect(english.subject).toBe("Choose a new Anima password");
    expect(english.text.trim()).toMatch(
      new RegExp(
        String.raw`^A new password was requested for your Anima account\.\n\nChoose it here: http\S+/setup-password/\S+\n\nThe link expires on ${RFC_1123} and works once; it also signs you out everywhere\. If you did not ask for it, ignore this email: your password stays as it is\.$`,
      ),
    );
  });

  it("sign-up saves the sign-up page's language: a zh-CN sign-up gets a Chinese verification mail, an English one the mail as before", async () => {
    const signUpIn = (locale: "en" | "zh-CN") => createCaller(createInnerContext({ db, ip: `10.92.${Math.floor(Math.random() * 250)}.1`, consoleLocale: async () => locale }));
    const chineseEmail = `signup-zh-${uid()}@example.test`;
    const englishEmail = `signup-en-${uid()}@example.test`;
    const chineseUser = await signUpIn("zh-CN").account.signUp({ name: "李雷", email: chineseEmail, password: "a long password!" });
    await signUpIn("en").account.signUp({ name: "Mae", email: englishEmail, password: "a long password!" });
    expect((await db.user.findUniqueOrThrow({ where: { id: chineseUser.id } })).locale).toBe("zh-CN");

    const chinese = await mailTo(chineseEmail, /邮箱/);
    expect(chinese.subject).toBe("确认您在 Anima 的邮箱地址");
    expect(chinese.text).toMatch(/^有人（希望是您本人）使用此邮箱地址注册了 Anima 账号。\n\n点击确认：http\S+\/verify-email\/\S+\n\n链接将于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} UTC 失效/);
    const english = await mailTo(englishEmail, /Confirm your email/);
    expect(english.subject).toBe("Confirm your email address for Anima");
    expect(english.text.trim()).toMatch(
      new RegExp(
        String.raw`^Someone \(we hope you\) created an Anima account with this address\.\n\nConfirm it: http\S+/verify-email/\S+\n\nThe link expires on ${RFC_1123}\. If it was not you, ignore this email: the account stays unusable without it\.$`,
      ),
    );
  });

  it("an invitation is written in the inviter's console language at the time; joining from it in Chinese saves Chinese", async () => {
    const { org, owner } = await createOrgWithMembers();
    const inviterIn = (locale: "en" | "zh-CN") => createCaller(createInnerContext({ db, sessionUserId: owner.id, consoleLocale: async () => locale }));
    const chineseInvitee = `invitee-zh-${uid()}@example.test`;
    const englishInvitee = `invitee-en-${uid()}@example.test`;
    await inviterIn("zh-CN").invitation.create({ orgSlug: org.slug, email: chineseInvitee, role: "DEVELOPER" });
    await inviterIn("en").invitation.create({ orgSlug: org.slug, email: englishInvitee, role: "DEVELOPER" });

    const chinese = await mailTo(chineseInvitee, /Anima/);
    expect(chinese.subject).toBe(`邀请您加入 Anima 上的 ${org.name}`);
    expect(chinese.text).toContain(`您受邀以开发者身份加入 Anima 上的 ${org.name}。`);
    // Joining from the invitation page in Chinese makes a new account that keeps Chinese for later mail.
    const joinIn = createCaller(createInnerContext({ db, ip: `10.93.${Math.floor(Math.random() * 250)}.1`, consoleLocale: async () => "zh-CN" }));
    await joinIn.invitation.acceptWithPassword({ token: linkIn(chinese).split("/").pop()!, password: "a long password!" });
    expect((await db.user.findUniqueOrThrow({ where: { email: chineseInvitee } })).locale).toBe("zh-CN");
    const english = await mailTo(englishInvitee, /invited/);
    expect(english.subject).toBe(`You are invited to ${org.name} on Anima`);
    expect(english.text.trim()).toMatch(new RegExp(String.raw`^You have been invited to join ${org.name} on Anima as developer\.\n\nAccept: http\S+/invite/\S+\n\nThe link expires on ${RFC_1123}\.$`));
  });

  it("mail to admins is written once per language among them", async () => {
    const { org, owner, members } = await createOrgWithMembers(["ADMIN", "VIEWER"]);
    await db.user.update({ where: { id: owner.id }, data: { locale: "zh-CN" } });
    await mailOrgAdmins(db, org.id, ({ t, org: named }) => ({ subject: t("seats.allInUseSubject", { org: named.name }), paragraphs: [t("seats.inUse", { used: 1200, total: 1200 }), t("seats.full")] }));

    expect((await mailTo(owner.email, /席位/)).text).toBe("已占用 1200 / 1200 个席位。\n\n在增加席位之前，新设备无法激活。");
    const english = await mailTo(members.ADMIN!.email, /seats/);
    expect(english.subject).toBe(`${org.name}: all license seats are in use`);
    expect(english.text.trim()).toBe("1200 of 1200 seats are in use.\n\nNew devices cannot activate until more seats are added.");
    expect(sink.mailsTo(members.VIEWER!.email).filter((mail) => /seats/.test(mail.subject))).toEqual([]);
  });
});
