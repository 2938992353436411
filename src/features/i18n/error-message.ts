import { DEFAULT_LOCALE } from "@/i18n/locales";
import { errorReason, inputIssueMessages } from "@/lib/errors";

/**
 * What to show for a failed request, in the console's language. The server's sentences are
 * English and often more specific (they name the currency, the limit), so English shows them as
 * they are; another language shows the catalog's message for the error's `reason` when it has
 * one, else the server's sentence; an error without a message gets the generic one.
 */
export function localizedErrorMessage(
  error: unknown,
  { locale, translate, generic }: { locale: string; translate: (reason: string) => string | null; generic: string },
): string {
  const reason = errorReason(error);
  const issues = reason === "INVALID_INPUT" && locale !== DEFAULT_LOCALE ? inputIssueMessages(error) : [];
  if (issues.length) return issues.join("");
  const translated = reason && locale !== DEFAULT_LOCALE ? translate(reason) : null;
  if (translated) return translated;
  if (error instanceof Error && error.message) return error.message;
  return generic;
}
