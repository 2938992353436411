import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { issueAccountLink } from "@/server/modules/auth/account-links";
import { authenticateWithPassword } from "@/server/modules/auth/users";
import { AppError } from "@/server/errors";
import { callerFor, expectTRPCError, uid } from "@/testing/factories";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("accounts", () => {
  it("signs up, refuses a duplicate email, and stores only a scrypt hash", async () => {
    const email = `Mixed.Case-${uid()}@Example.test`;
    const created = await callerFor(null).account.signUp({ name: "Ada", email, password: "a long enough password" });
    expect(created.email).toBe(email.toLowerCase());
    const stored = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.passwordHash).not.toContain("a long enough password");
    await expectTRPCError(callerFor(null).account.signUp({ name: "Ada", email, password: "another password!" }), "CONFLICT", /already exists/);
    await expectTRPCError(callerFor(null).account.signUp({ name: "Ada", email: `x-${uid()}@example.test`, password: "short" }), "BAD_REQUEST", /10 characters/);
  });

  it("authenticates the right password; wrong password and unknown email answer the same", async () => {
    const email = `auth-${uid()}@example.test`;
    await callerFor(null).account.signUp({ name: "Bo", email, password: "right password 1" });
    expect((await authenticateWithPassword(db, email, "right password 1", "10.0.0.1")).email).toBe(email);
    const wrong = await failure(authenticateWithPassword(db, email, "wrong password", "10.0.0.1"));
    const unknown = await failure(authenticateWithPassword(db, `nobody-${uid()}@example.test`, "wrong password", "10.0.0.1"));
    expect([wrong.message, wrong.reason]).toEqual([unknown.message, unknown.reason]);
  });

  it("throttles an account after repeated failures, even with the right password", async () => {
    const email = `throttle-${uid()}@example.test`;
    await callerFor(null).account.signUp({ name: "Cy", email, password: "right password 2" });
    for (let i = 0; i < 5; i++) await failure(authenticateWithPassword(db, email, "nope", `10.1.0.${i}`));
    const blocked = await failure(authenticateWithPassword(db, email, "right password 2", "10.1.1.1"));
    expect(blocked.code).toBe("TOO_MANY_REQUESTS");
    expect(blocked.message).toMatch(/Too many failed sign-in attempts\. Try again in \d+ minutes?\./);
  });

  it("throttles an IP that fails across many accounts", async () => {
    const ip = `10.2.${Math.floor(Math.random() * 250)}.9`;
    for (let i = 0; i < 30; i++) await failure(authenticateWithPassword(db, `spray-${i}-${uid()}@example.test`, "nope", ip));
    const blocked = await failure(authenticateWithPassword(db, `fresh-${uid()}@example.test`, "nope", ip));
    expect(blocked.code).toBe("TOO_MANY_REQUESTS");
  });

  it("a password set-up link sets the password once", async () => {
    const user = await db.user.create({ data: { email: `setup-${uid()}@example.test` } });
    const token = (await issueAccountLink(db, user.id, "SETUP")).url.split("/setup-password/")[1]!;
    await callerFor(null).account.completePasswordSetup({ token, password: "chosen password!" });
    expect((await authenticateWithPassword(db, user.email, "chosen password!", null)).id).toBe(user.id);
    await expectTRPCError(callerFor(null).account.completePasswordSetup({ token, password: "another one!!" }), "CONFLICT", /already used/);
  });
});

describe("sign-up throttling", () => {
  it("limits account creation per IP with a 429 and Retry-After", async () => {
    const { createInnerContext } = await import("@/server/api/trpc");
    const { createCaller } = await import("@/server/api/root");
    const ip = `10.9.${Math.floor(Math.random() * 250)}.1`;
    const ctx = createInnerContext({ db, ip });
    const caller = createCaller(ctx);
    for (let i = 0; i < 20; i++) await caller.account.signUp({ name: "Bot", email: `bot-${i}-${uid()}@example.test`, password: "a long password" });
    await expectTRPCError(caller.account.signUp({ name: "Bot", email: `bot-x-${uid()}@example.test`, password: "a long password" }), "TOO_MANY_REQUESTS", /Too many accounts/);
    expect(Number(ctx.responseHeaders.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("account takeover", () => {
  it("sign-up cannot claim an existing passwordless user (OAuth or operator-created owner)", async () => {
    const victim = await db.user.create({ data: { email: `oauth-${uid()}@example.test` } });
    await expectTRPCError(
      callerFor(null).account.signUp({ name: "Mallory", email: victim.email, password: "attacker password" }),
      "CONFLICT",
      /already exists/,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).passwordHash).toBeNull();
  });
});
