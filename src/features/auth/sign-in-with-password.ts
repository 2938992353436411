import { signIn } from "next-auth/react";
import { signInResultError, type SignInError } from "./sign-in-errors";

/**
 * Signs in with email and password without leaving the page; null on success, else the
 * reason to show. On a first visit the session fetch and the CSRF fetch race to set the
 * CSRF cookie, and next-auth then answers "?csrf=true" without signing in (and without an
 * error). By then the cookie is settled, so one retry succeeds.
 */
export async function signInWithPassword(email: string, password: string): Promise<SignInError | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await signIn("credentials", { email, password, redirect: false });
    if (!result) return signInResultError(null);
    if (result.error) return signInResultError(result.error);
    const csrfRejected = result.url?.includes("csrf=true") ?? false;
    if (result.ok && !csrfRejected) return null;
  }
  return { key: "csrf" };
}
