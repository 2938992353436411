import "server-only";
import { LOCALES, type Locale } from "@/i18n/locales";
import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import { sha256 } from "@/server/crypto";
import { logger } from "@/server/logger";
import { recordSecurityEvent } from "@/server/modules/audit/security-events";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import type { TSignUpInput } from "./schemas";
import { signInSucceeded, takeSignInAttempt } from "./auth-throttle";
import { sendAccountMail } from "./account-mail";
import { schemaMessage } from "@/shared/schema-message";

/** `locale`: the console language the user last chose (null: never chose; src/i18n/locales.ts). */
export type SessionUser = { id: string; email: string; name: string | null; isOperator: boolean; emailVerified: boolean; locale: string | null };

const sessionUserSelect = { id: true, email: true, name: true, isOperator: true, emailVerified: true, locale: true } as const;
type SessionUserRow = { id: string; email: string; name: string | null; isOperator: boolean; emailVerified: Date | null; locale: string | null };
const toSessionUser = (row: SessionUserRow): SessionUser => ({ ...row, emailVerified: row.emailVerified !== null });

/**
 * Creates an account with an email and password. The address is unproven until its owner
 * opens the verification link mailed to it: until then the account belongs to no
 * organization and cannot create one. An existing email is refused even when its user has
 * no password yet (OAuth sign-in, owner created by the operator CLI): those users set a
 * password through a set-up or reset link instead. `locale` is the console language the
 * sign-up page was in (the router always passes it; fixtures may not): saved as the user's
 * choice, so the verification mail (and every later one) is written in it.
 */
export async function signUp(db: Db, input: TSignUpInput, locale: Locale | null = null) {
  const passwordHash = await hashPassword(input.password);
  let user: SessionUserRow;
  try {
    user = await db.user.create({ data: { email: input.email, name: input.name, passwordHash, locale }, select: sessionUserSelect });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", { reason: "EMAIL_TAKEN" });
    }
    throw error;
  }
  const verification = await sendAccountMail(db, user, "VERIFY_EMAIL");
  return { ...toSessionUser(user), verification };
}

type FailedSignIn = { email: string; ip: string | null; userId: string | null; reason: "wrong-password" | "unknown-account" | "throttled" };

/** Logs a failed sign-in (hashed email, never the password) and shows it to the account's organizations. */
async function noteFailedSignIn(db: DbTx, failure: FailedSignIn): Promise<void> {
  logger.warn("sign-in failed", { emailHash: sha256(failure.email).slice(0, 16), ip: failure.ip, reason: failure.reason });
  if (!failure.userId) return;
  const action = failure.reason === "throttled" ? "security.sign_in_throttled" : "security.sign_in_failed";
  await recordSecurityEvent(db, failure.userId, action, { ip: failure.ip, reason: failure.reason }, { type: "system", label: "sign-in" });
}

/**
 * Checks email + password. An attempt is taken from the account's and the address's budgets
 * before the password hash is computed (see takeSignInAttempt). Unknown email and wrong
 * password give the same answer in about the same time.
 */
export async function authenticateWithPassword(db: DbTx, email: string, password: string, ip: string | null) {
  const refusal = await takeSignInAttempt({ email, ip });
  if (refusal) {
    if (refusal.firstRefusal) {
      const user = await db.user.findUnique({ where: { email }, select: { id: true } });
      await noteFailedSignIn(db, { email, ip, userId: user?.id ?? null, reason: "throttled" });
    }
    throw refusal.error;
  }
  const user = await db.user.findUnique({ where: { email }, select: { ...sessionUserSelect, passwordHash: true, tokenVersion: true } });
  const valid = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : (await verifyAgainstDummy(password), false);
  if (!user || !valid) {
    await noteFailedSignIn(db, { email, ip, userId: user?.id ?? null, reason: user ? "wrong-password" : "unknown-account" });
    throw new AppError("UNAUTHORIZED", "Incorrect email or password.", { reason: "INVALID_CREDENTIALS" });
  }
  await signInSucceeded({ email, ip });
  return { ...toSessionUser(user), tokenVersion: user.tokenVersion };
}

/**
 * Changes the signed-in user's password. The current password is checked under the same
 * attempt budget as sign-in (a stolen session must not be able to guess it). Every other
 * session ends: the token version moves on, and the caller signs in again with the new one.
 */
export async function changePassword(db: Db, userId: string, ip: string | null, current: string, next: string): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user.passwordHash) {
    throw new AppError("PRECONDITION_FAILED", "Your account has no password yet: use “Forgot password?” on the sign-in page to choose one.", { reason: "NO_PASSWORD" });
  }
  const refusal = await takeSignInAttempt({ email: user.email, ip });
  if (refusal) throw refusal.error;
  if (!(await verifyPassword(current, user.passwordHash))) {
    await noteFailedSignIn(db, { email: user.email, ip, userId, reason: "wrong-password" });
    throw new AppError("BAD_REQUEST", "Your current password is not correct.", { reason: "WRONG_PASSWORD" });
  }
  await signInSucceeded({ email: user.email, ip });
  const passwordHash = await hashPassword(next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, tokenVersion: { increment: 1 } } });
    // A reset link mailed earlier would undo this change: it is void now.
    await tx.accountLink.updateMany({ where: { userId, purpose: { in: ["SETUP", "RESET"] }, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordSecurityEvent(tx, userId, "security.password_changed");
  });
}

/** "Sign out everywhere": every console session of the user, this one included, ends. */
export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } });
    await recordSecurityEvent(tx, userId, "security.sessions_ended");
  });
}

/** The user behind a session, or null if the account no longer exists. */
export async function findSessionUser(db: DbTx, userId: string): Promise<SessionUser | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: sessionUserSelect });
  return row ? toSessionUser(row) : null;
}

export const ZSetLocaleInput = z.object({ locale: z.enum(LOCALES, schemaMessage(`The language is one of ${LOCALES.join(", ")}.`)) });

/** Saves the user's console language (src/i18n/locales.ts). */
export async function setUserLocale(db: Db, userId: string, locale: Locale) {
  await db.user.update({ where: { id: userId }, data: { locale } });
  return { locale };
}
