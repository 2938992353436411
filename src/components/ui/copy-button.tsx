"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "./button";

/** Copies `value` to the clipboard and confirms it for a moment (also to screen readers). */
export function CopyButton({ value, label }: { value: string; label?: string }) {
  const t = useTranslations("common.actions");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // Clipboard access can be denied (permissions, insecure origin); the value stays selectable.
      setState("failed");
    }
  };

  return (
    <Button variant="secondary" onClick={() => void copy()}>
      {state === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
      <span aria-live="polite">{state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : (label ?? t("copy"))}</span>
    </Button>
  );
}
