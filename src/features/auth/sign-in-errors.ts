/** next-auth's error codes, for when the server sent no sentence of its own. */
const KNOWN_ERRORS: Record<string, string> = {
  CredentialsSignin: "Incorrect email or password.",
  OAuthAccountNotLinked: "This email is already registered with another sign-in method.",
  SessionRequired: "Sign in to continue.",
};

/**
 * The message for a `?error=` code on the sign-in page. Only known codes are shown
 * verbatim: echoing arbitrary query text would let a crafted link put words in our mouth.
 */
export function describeSignInError(code: string | null | undefined): string | null {
  if (!code) return null;
  return KNOWN_ERRORS[code] ?? "Sign-in failed. Try again.";
}

/** The message for a failed `signIn()` call: our server's own sentence, or a known code's. */
export function signInResultMessage(error: string | null | undefined): string {
  if (!error) return "Sign-in failed. Try again.";
  return KNOWN_ERRORS[error] ?? error;
}
