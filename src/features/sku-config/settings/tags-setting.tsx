"use client";

import { Plus, X } from "lucide-react";
import { useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldMessages } from "./field-messages";
import { entryMessages, wholeFieldMessages, type FieldOfKind, type SettingControlProps } from "./setting-control-props";
import { controlAria } from "./setting-frame";
import { settingHint } from "./setting-hint";
import { newTags } from "./typed-values";

/** A list of short texts (rooms): removable chips, and a box that adds one or several, comma separated. */
export function TagsSetting({ id, field, value, messages, onChange, words }: SettingControlProps<FieldOfKind<"tags">>) {
  const tags = Array.isArray(value) ? value.map(String) : [];
  const [text, setText] = useState("");
  const full = field.maxItems !== undefined && tags.length >= field.maxItems;
  const hint = [settingHint(field, words), words.text("separateWithCommas")].filter(Boolean).join(" ");
  const shown = wholeFieldMessages(messages).map((message) => message.message);
  const tagMessages = tags.flatMap((tag, index) => entryMessages(messages, index).map((message) => words.text("tagMessage", { tag, message })));

  const add = () => {
    if (!text.trim()) return;
    onChange(newTags(tags, text));
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  };

  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{field.title}</Label>
      {tags.length > 0 ? (
        <ul aria-label={field.title} className="flex flex-wrap gap-1.5">
          {tags.map((tag) => (
            <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-sm text-slate-800 ring-1 ring-slate-200 ring-inset">
              {tag}
              <button
                type="button"
                onClick={() => onChange(tags.filter((candidate) => candidate !== tag))}
                aria-label={words.text("removeTag", { tag })}
                className="rounded-full p-0.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900"
              >
                <X className="size-3.5" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{words.text("noneYet")}</p>
      )}
      <div className="flex gap-2">
        <Input
          id={id}
          value={text}
          disabled={full}
          maxLength={field.maxLength ? field.maxLength * 4 : undefined}
          placeholder={full ? words.text("atMost", { max: field.maxItems ?? 0 }) : words.text("addPlaceholder")}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          {...controlAria(id, hint, [...shown, ...tagMessages])}
        />
        <Button variant="secondary" onClick={add} disabled={full || !text.trim()} aria-label={words.text("addTo", { title: field.title })}>
          <Plus aria-hidden />
          {words.text("add")}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {hint}
      </p>
      <FieldMessages id={`${id}-error`} messages={[...shown, ...tagMessages]} />
    </div>
  );
}
