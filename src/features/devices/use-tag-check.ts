import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { MAX_TAG_LENGTH, MAX_TAGS_PER_DEVICE, ZTag } from "@/shared/device-tags";

type TagCheck = { ok: true; tag: string } | { ok: false; problem: string };

/**
 * `(text) => the tag, or its problem` in the console's language: the server's rule (ZTag),
 * worded from `devices.tagRules`; `tooMany(max)` words the per-device limit.
 */
export function useTagCheck() {
  const t = useTranslations("devices.tagRules");
  const check = useCallback(
    (text: string): TagCheck => {
      const parsed = ZTag.safeParse(text);
      if (parsed.success) return { ok: true, tag: parsed.data };
      const code = parsed.error.issues[0]?.code;
      const problem = code === "too_small" ? t("tagEmpty") : code === "too_big" ? t("tagTooLong", { max: MAX_TAG_LENGTH }) : t("tagCharacters");
      return { ok: false, problem };
    },
    [t],
  );
  const tooMany = useCallback(() => t("tooManyTags", { max: MAX_TAGS_PER_DEVICE }), [t]);
  return { check, tooMany };
}
