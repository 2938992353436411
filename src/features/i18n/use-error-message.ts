import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import type { Messages } from "@/messages";
import { localizedErrorMessage } from "./error-message";

type ErrorKey = keyof Messages["errors"];

/**
 * `(error) => message` for a failed request: the `errors.<REASON>` catalog message for the
 * server's reason (outside English), else the server's own message (see localizedErrorMessage).
 * Any slice adds its reasons to the `errors` namespace and uses this instead of errorMessage.
 */
export function useErrorMessage(): (error: unknown) => string {
  const t = useTranslations("errors");
  const locale = useLocale();
  return useCallback(
    (error: unknown) =>
      localizedErrorMessage(error, {
        locale,
        translate: (reason) => (t.has(reason as ErrorKey) ? t(reason as ErrorKey) : null),
        generic: t("generic"),
      }),
    [t, locale],
  );
}
