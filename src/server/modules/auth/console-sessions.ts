import "server-only";
import type { DbTx } from "@/server/db";
import { env } from "@/server/env";

/** What a console session cookie carries besides the user id. */
export type SessionClaim = { userId: string; tokenVersion: number | undefined; signedInAt: number | undefined };

/** Idle lifetime: next-auth re-issues the cookie on each session read, so activity slides it. */
export const sessionIdleSeconds = () => Math.round(env.SESSION_IDLE_HOURS * 3600);
const sessionMaxMs = () => env.SESSION_MAX_DAYS * 86_400_000;

/**
 * The user id behind a console session if the session still holds: the account exists, its
 * token version is the one the session was issued with (no password set or changed, no "sign
 * out everywhere" since), and the sign-in is younger than SESSION_MAX_DAYS however active the
 * session has been. Checked on every request.
 */
export async function currentSessionUserId(db: DbTx, claim: SessionClaim, now = Date.now()): Promise<string | null> {
  if (claim.tokenVersion === undefined || claim.signedInAt === undefined) return null;
  if (now - claim.signedInAt > sessionMaxMs() || claim.signedInAt > now + 60_000) return null;
  const user = await db.user.findUnique({ where: { id: claim.userId }, select: { tokenVersion: true } });
  return user?.tokenVersion === claim.tokenVersion ? claim.userId : null;
}
