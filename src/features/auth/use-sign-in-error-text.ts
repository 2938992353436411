import { useTranslations } from "next-intl";
import type { SignInError } from "./sign-in-errors";

/** `(error) => text` for a failed sign-in: the `auth.errors` message for its key, else the server's sentence. */
export function useSignInErrorText(): (error: SignInError) => string {
  const t = useTranslations("auth.errors");
  return (error) => ("text" in error ? error.text : t(error.key, { minutes: error.minutes ?? 0 }));
}
