"use client";

import { useId } from "react";
import { CopyButton } from "./copy-button";
import { Input } from "./input";
import { Label } from "./label";

/** A read-only value (a link, a secret) with a Copy button; clicking the field selects it all. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id={id}
          readOnly
          value={value}
          spellCheck={false}
          className="font-mono text-xs"
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={value} />
      </div>
    </div>
  );
}
