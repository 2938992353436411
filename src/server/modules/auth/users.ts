import type { DbTx } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import type { TSignUpInput } from "./schemas";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from "./auth-throttle";

export type SessionUser = { id: string; email: string; name: string | null; isOperator: boolean };

const sessionUserSelect = { id: true, email: true, name: true, isOperator: true } as const;

/**
 * Creates an account with an email and password. An existing email is refused even when
 * its user has no password yet (OAuth sign-in, owner created by the operator CLI):
 * claiming it here would let anyone who knows the address take the account over. Those
 * users set a password through their one-time set-up link instead.
 */
export async function signUp(db: DbTx, input: TSignUpInput): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: sessionUserSelect,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", "EMAIL_TAKEN");
    }
    throw error;
  }
}

/**
 * Checks email + password, throttled per account and per IP. Unknown email and wrong
 * password give the same answer in about the same time.
 */
export async function authenticateWithPassword(
  db: DbTx,
  email: string,
  password: string,
  ip: string | null,
): Promise<SessionUser> {
  await assertSignInAllowed(email, ip);
  const user = await db.user.findUnique({ where: { email }, select: { ...sessionUserSelect, passwordHash: true } });
  const valid = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : (await verifyAgainstDummy(password), false);
  if (!user || !valid) {
    await recordSignInFailure(email, ip);
    throw new AppError("UNAUTHORIZED", "Incorrect email or password.", "INVALID_CREDENTIALS");
  }
  await recordSignInSuccess(email);
  return { id: user.id, email: user.email, name: user.name, isOperator: user.isOperator };
}

/** The user behind a session, or null if the account no longer exists. */
export function findSessionUser(db: DbTx, userId: string): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id: userId }, select: sessionUserSelect });
}
