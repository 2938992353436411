/*
 * How the credentials provider tells the sign-in form why it refused (next-auth forwards one
 * string): `reason=…&message=…&retry=…`. The form translates the reason; the English sentence
 * is the fallback for a reason it has no message for.
 */

export type SignInRefusal = { reason: string; message: string; retryAfterSeconds: number | null };

export function encodeSignInRefusal(reason: string | undefined, message: string, retryAfterSeconds?: number): string {
  const params = new URLSearchParams({ reason: reason ?? "", message });
  if (retryAfterSeconds) params.set("retry", String(retryAfterSeconds));
  return params.toString();
}

/** The refusal in a next-auth error string, or null when the string is not one (a next-auth code). */
export function decodeSignInRefusal(error: string): SignInRefusal | null {
  if (!error.startsWith("reason=")) return null;
  const params = new URLSearchParams(error);
  const retry = Number(params.get("retry"));
  return { reason: params.get("reason") ?? "", message: params.get("message") ?? "", retryAfterSeconds: retry > 0 ? retry : null };
}
