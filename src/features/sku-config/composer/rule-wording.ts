import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Messages } from "@/messages";
import { capabilityNoun, joinAnd } from "@/shared/capabilities";
import { listNames } from "../settings/typed-values";

type Values = Record<string, string | number>;
export type RuleKey = keyof Messages["skuConfig"]["rules"];
export type DragKey = keyof Messages["skuConfig"]["drag"];
export type IssueKey = keyof Messages["skuConfig"]["issues"];
type Capabilities = Messages["skus"]["capabilities"];

/**
 * The composer's sentences for its pure rules (availability, drops, publish blockers), in the
 * console's language. The rules take it as an argument so they stay testable without React.
 */
export type Wording = {
  rule: (key: RuleKey, values?: Values) => string;
  drag: (key: DragKey, values?: Values) => string;
  /** the lineup check's issues (`issue-wording.ts`) */
  issue: (key: IssueKey, values?: Values) => string;
  /** "a camera and a screen" / "摄像头和屏幕" */
  capabilities: (keys: readonly string[]) => string;
  /** "Kids' companion, Story teller and 2 more" / "儿童陪伴、讲故事等另外 2 个" */
  names: (names: readonly string[]) => string;
  /** setting keys, all of them: "volume, speed" / "volume和speed" */
  keys: (keys: readonly string[]) => string;
};

type WordingSources = {
  locale: string;
  rule: Wording["rule"];
  drag: Wording["drag"];
  issue: Wording["issue"];
  capabilityLabels: Capabilities;
};

const SHOWN_NAMES = 2;

/** Builds the wording from translators; English keeps the exact sentences of the shared helpers. */
export function createWording({ locale, rule, drag, issue, capabilityLabels }: WordingSources): Wording {
  const english = locale === "en";
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const label = (key: string) => (key in capabilityLabels ? capabilityLabels[key as keyof Capabilities] : key);
  return {
    rule,
    drag,
    issue,
    capabilities: (keys) => (english ? joinAnd(keys.map(capabilityNoun)) : list.format(keys.map(label))),
    names: (names) => {
      if (english) return listNames(names, SHOWN_NAMES);
      if (names.length === 0) return rule("noNames");
      if (names.length <= SHOWN_NAMES + 1) return list.format(names);
      return rule("moreNames", { names: list.format(names.slice(0, SHOWN_NAMES)), count: names.length - SHOWN_NAMES });
    },
    keys: (keys) => (english ? keys.join(", ") : list.format(keys)),
  };
}

/** The composer's wording in the console's language. */
export function useWording(): Wording {
  const locale = useLocale();
  const rules = useTranslations("skuConfig.rules");
  const drags = useTranslations("skuConfig.drag");
  const issues = useTranslations("skuConfig.issues");
  const skus = useTranslations("skus");
  return useMemo(
    () =>
      createWording({
        locale,
        rule: (key, values) => rules(key, values),
        drag: (key, values) => drags(key, values),
        issue: (key, values) => issues(key, values),
        capabilityLabels: { camera: skus("capabilities.camera"), mic: skus("capabilities.mic"), speaker: skus("capabilities.speaker"), screen: skus("capabilities.screen") },
      }),
    [locale, rules, drags, issues, skus],
  );
}
