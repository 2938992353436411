import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { redis } from "@/server/redis";

const WINDOW_SECONDS = 15 * 60;

function limiter(keyPrefix: string, points: number, duration = WINDOW_SECONDS): RateLimiterAbstract {
  const client = redis();
  const options = { keyPrefix, points, duration, blockDuration: duration };
  // With Redis every console instance shares the counters; without it each process counts alone.
  return client
    ? new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options);
}

/**
 * Public actions that cost real work per call: a password hash (sign-up, choosing a password
 * through a link or an invitation) or an email (reset, verification). Counted per client
 * address so one client cannot stall the console or spam a mailbox; mails also per address.
 */
export type PublicAction = "sign-up" | "choose-password" | "send-mail";
const PUBLIC_ACTION_LIMITS: Record<PublicAction, number> = { "sign-up": 20, "choose-password": 20, "send-mail": 10 };
const MAILS_PER_RECIPIENT = 5;

let limiters:
  | { account: RateLimiterAbstract; ip: RateLimiterAbstract; recipient: RateLimiterAbstract; actions: Record<PublicAction, RateLimiterAbstract> }
  | undefined;
function getLimiters() {
  limiters ??= {
    account: limiter("signin-attempt-account", env.SIGN_IN_MAX_FAILURES),
    ip: limiter("signin-attempt-ip", env.SIGN_IN_IP_MAX_FAILURES),
    recipient: limiter("mail-recipient", MAILS_PER_RECIPIENT, 60 * 60),
    actions: {
      "sign-up": limiter("public-sign-up", PUBLIC_ACTION_LIMITS["sign-up"]),
      "choose-password": limiter("public-choose-password", PUBLIC_ACTION_LIMITS["choose-password"]),
      "send-mail": limiter("public-send-mail", PUBLIC_ACTION_LIMITS["send-mail"]),
    },
  };
  return limiters;
}

function minutes(ms: number): string {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return `${m} minute${m === 1 ? "" : "s"}`;
}

/** consume() rejects with a RateLimiterRes once the budget is spent; anything else is a real error. */
async function take(limiterFor: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiterFor.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  }
}

export type SignInAttempt = { ip: string | null; email: string };
export type SignInRefusal = { error: AppError; firstRefusal: boolean };

/**
 * Takes one attempt from the account's and the client address's budgets *before* the password
 * is checked. consume() is atomic, so of 100 concurrent guesses at one account only the
 * budget's worth reach the password hash; the rest are refused here at no cost. A success
 * gives the attempt back (`signInSucceeded`), so the budgets count failures in effect.
 * Returns null when the attempt may go on; `firstRefusal` marks the attempt that exhausted
 * the account's budget, so the lockout is reported once, not once per refused guess.
 */
export async function takeSignInAttempt({ email, ip }: SignInAttempt): Promise<SignInRefusal | null> {
  const { account, ip: ipLimiter } = getLimiters();
  const [byAccount, byIp] = await Promise.all([take(account, email), ip ? take(ipLimiter, ip) : null]);
  const refused = [byAccount, byIp].filter((r): r is RateLimiterRes => r !== null);
  if (refused.length === 0) return null;
  const wait = Math.max(...refused.map((r) => r.msBeforeNext));
  return {
    error: new AppError("TOO_MANY_REQUESTS", `Too many failed sign-in attempts. Try again in ${minutes(wait)}.`, { reason: "SIGN_IN_THROTTLED", retryAfterSeconds: Math.ceil(wait / 1000) }),
    firstRefusal: byAccount !== null && byAccount.consumedPoints === account.points + 1,
  };
}

/** A successful sign-in clears the account's counter and refunds the address's attempt. */
export async function signInSucceeded({ email, ip }: SignInAttempt): Promise<void> {
  const { account, ip: ipLimiter } = getLimiters();
  await Promise.all([account.delete(email), ip ? ipLimiter.reward(ip, 1) : null]);
}

/**
 * Counts one expensive public action from this client address (and, for mail, to this
 * recipient); throws TOO_MANY_REQUESTS once either budget is spent. Call it before the work.
 */
export async function assertPublicActionAllowed(action: PublicAction, ip: string | null, recipient?: string): Promise<void> {
  const { actions, recipient: recipientLimiter } = getLimiters();
  const refused = (ip ? await take(actions[action], ip) : null) ?? (recipient ? await take(recipientLimiter, recipient) : null);
  if (!refused) return;
  const what = action === "sign-up" ? "accounts created" : action === "send-mail" ? "emails requested" : "password attempts";
  throw new AppError(
    "TOO_MANY_REQUESTS",
    `Too many ${what} from here. Try again in ${minutes(refused.msBeforeNext)}.`, { reason: action === "sign-up" ? "SIGN_UP_THROTTLED" : "PUBLIC_ACTION_THROTTLED", retryAfterSeconds: Math.ceil(refused.msBeforeNext / 1000) },
  );
}
