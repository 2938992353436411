"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";
import type { FieldOfKind, SettingControlProps } from "./setting-control-props";
import { wholeFieldMessages } from "./setting-control-props";
import { controlAria, SettingFrame } from "./setting-frame";
import { settingHint } from "./setting-hint";
import { parseTypedNumber } from "./typed-values";

/** A number setting as a text box with a numeric keyboard (a native number input would drop invalid text). */
export function NumberSetting({ id, field, value, messages, onChange, words }: SettingControlProps<FieldOfKind<"number">>) {
  const [text, setText] = useState(() => (value === undefined || value === null ? "" : String(value)));
  const hint = settingHint(field, words);
  const shown = wholeFieldMessages(messages).map((message) => message.message);
  return (
    <SettingFrame id={id} label={field.title} hint={hint} messages={shown}>
      <Input
        id={id}
        inputMode={field.integer ? "numeric" : "decimal"}
        autoComplete="off"
        className="max-w-40 tabular-nums"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parseTypedNumber(event.target.value));
        }}
        {...controlAria(id, hint, shown)}
      />
    </SettingFrame>
  );
}
