import { useMessages } from "next-intl";
import { useMemo } from "react";
import { messageLookup, type MessageLookup } from "./audit-labels";

/** The console's messages as a lookup by path, for labels of codes only known at run time. */
export function useMessageLookup(): MessageLookup {
  const messages = useMessages();
  return useMemo(() => messageLookup(messages), [messages]);
}
