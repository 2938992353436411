import { decodeSignInRefusal } from "@/shared/sign-in-refusal";

/**
 * Why a sign-in failed, as the form shows it: a message key of `auth.errors` (translated where
 * it is shown) or, for a sentence the server wrote that has no key, that sentence.
 */
export type SignInError = { key: SignInErrorKey; minutes?: number } | { text: string };

const KEYS = ["INVALID_CREDENTIALS", "SIGN_IN_THROTTLED", "INVALID_INPUT", "OAuthAccountNotLinked", "SessionRequired", "failed", "csrf"] as const;
export type SignInErrorKey = (typeof KEYS)[number];
const isKey = (value: string): value is SignInErrorKey => (KEYS as readonly string[]).includes(value);

/** next-auth's own error codes (OAuth callbacks, guards), for when the server sent no reason. */
const NEXT_AUTH_CODES: Record<string, SignInErrorKey> = {
  CredentialsSignin: "INVALID_CREDENTIALS",
  OAuthAccountNotLinked: "OAuthAccountNotLinked",
  SessionRequired: "SessionRequired",
};

/**
 * The message for a `?error=` code on the sign-in page. Only known codes are shown: echoing
 * arbitrary query text would let a crafted link put words in our mouth.
 */
export function describeSignInError(code: string | null | undefined): SignInError | null {
  if (!code) return null;
  return { key: NEXT_AUTH_CODES[code] ?? "failed" };
}

/** The message for a failed `signIn()` call: the server's reason, a known code's, or its sentence. */
export function signInResultError(error: string | null | undefined): SignInError {
  if (!error) return { key: "failed" };
  const refusal = decodeSignInRefusal(error);
  if (refusal) {
    if (!isKey(refusal.reason)) return { text: refusal.message || error };
    return { key: refusal.reason, ...(refusal.retryAfterSeconds ? { minutes: Math.ceil(refusal.retryAfterSeconds / 60) } : {}) };
  }
  const known = NEXT_AUTH_CODES[error];
  return known ? { key: known } : { text: error };
}
