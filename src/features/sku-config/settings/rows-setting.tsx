import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { describedBy } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Settings } from "../config-types";
import { FieldMessages } from "./field-messages";
import { entryMessages, wholeFieldMessages, type FieldOfKind, type SettingControlProps } from "./setting-control-props";
import { newRow } from "./setting-fields";
import { settingHint } from "./setting-hint";

const isRecord = (value: unknown): value is Settings => typeof value === "object" && value !== null && !Array.isArray(value);

/** A list of small objects (interpreter language pairs) as rows of text boxes; rows are added and removed. */
export function RowsSetting({ id, field, value, messages, onChange, words }: SettingControlProps<FieldOfKind<"rows">>) {
  const rows = Array.isArray(value) ? value.map((row) => (isRecord(row) ? row : {})) : [];
  const noun = words.rowNoun(field.title);
  const full = field.maxItems !== undefined && rows.length >= field.maxItems;
  const hint = settingHint(field, words);
  const shown = wholeFieldMessages(messages).map((message) => message.message);
  const update = (index: number, key: string, next: string) => onChange(rows.map((row, i) => (i === index ? { ...row, [key]: next } : row)));

  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(hint && `${id}-hint`, shown.length > 0 && `${id}-error`)}>
      <legend className="text-sm font-medium text-slate-800">{field.title}</legend>
      <ol className="space-y-2">
        {rows.map((row, index) => (
          <li key={index} className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 bg-slate-50/60 p-2">
            <span className="self-center text-xs font-medium text-slate-500 tabular-nums" aria-hidden>
              {words.text("rowNumber", { index: index + 1 })}
            </span>
            {field.itemFields.map((item) => {
              const inputId = `${id}-${index}-${item.key}`;
              const itemMessages = entryMessages(messages, index, item.key);
              return (
                <div key={item.key} className="min-w-24 flex-1 space-y-1">
                  <Label htmlFor={inputId} className="text-xs">
                    {item.title} <span className="sr-only">{words.text("rowLabel", { noun, index: index + 1 })}</span>
                  </Label>
                  <Input
                    id={inputId}
                    value={typeof row[item.key] === "string" ? (row[item.key] as string) : ""}
                    placeholder={typeof item.defaultValue === "string" ? item.defaultValue : undefined}
                    spellCheck={false}
                    autoCapitalize="none"
                    onChange={(event) => update(index, item.key, event.target.value)}
                    aria-invalid={itemMessages.length > 0 ? true : undefined}
                    aria-describedby={itemMessages.length > 0 ? `${inputId}-error` : undefined}
                  />
                  <FieldMessages id={`${inputId}-error`} messages={itemMessages} />
                </div>
              );
            })}
            <Button variant="danger-ghost" size="icon" aria-label={words.text("removeRow", { noun, index: index + 1 })} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              <Trash2 aria-hidden />
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" size="sm" disabled={full} onClick={() => onChange([...rows, newRow(field)])}>
        <Plus aria-hidden />
        {words.text("addRow", { noun })}
      </Button>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldMessages id={`${id}-error`} messages={shown} />
    </fieldset>
  );
}
