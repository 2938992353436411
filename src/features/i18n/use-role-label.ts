import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { Role } from "@/generated/prisma/enums";

/**
 * `(role, form?) => label` in the console's language: "Owner" as a title or badge, "owner" inside
 * a sentence ("You will become owner…"); Chinese has one form for both.
 */
export function useRoleLabel(): (role: Role, form?: "title" | "inSentence") => string {
  const t = useTranslations("common");
  return useCallback((role: Role, form: "title" | "inSentence" = "title") => (form === "title" ? t(`roles.${role}`) : t(`rolesInSentence.${role}`)), [t]);
}
