import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { FieldMessages } from "./field-messages";
import { ChoicesSetting } from "./choices-setting";
import { NumberSetting } from "./number-setting";
import { RowsSetting } from "./rows-setting";
import type { FieldOfKind, SettingControlProps } from "./setting-control-props";
import { optionLabel } from "./setting-fields";
import { controlAria, SettingFrame } from "./setting-frame";
import { settingHint } from "./setting-hint";
import { TagsSetting } from "./tags-setting";

/** The control a settings field gets, by its kind. */
export function SettingControl(props: SettingControlProps) {
  const { field } = props;
  switch (field.kind) {
    case "select":
      return <SelectSetting {...props} field={field} />;
    case "boolean":
      return <BooleanSetting {...props} field={field} />;
    case "number":
      return <NumberSetting {...props} field={field} />;
    case "text":
      return <TextSetting {...props} field={field} />;
    case "choices":
      return <ChoicesSetting {...props} field={field} />;
    case "tags":
      return <TagsSetting {...props} field={field} />;
    case "rows":
      return <RowsSetting {...props} field={field} />;
    default:
      return <UnsupportedSetting {...props} />;
  }
}

const texts = (messages: SettingControlProps["messages"]) => messages.map((message) => message.message);

function SelectSetting({ id, field, value, messages: fieldMessages, onChange, words }: SettingControlProps<FieldOfKind<"select">>) {
  const current = typeof value === "string" ? value : "";
  // A stored value the catalog no longer offers stays visible (the server names it invalid).
  const options = field.options.includes(current) || current === "" ? field.options : [current, ...field.options];
  const hint = settingHint(field, words);
  const messages = texts(fieldMessages);
  return (
    <SettingFrame id={id} label={field.title} hint={hint} messages={messages}>
      <Select id={id} value={current} onChange={(event) => onChange(event.target.value)} {...controlAria(id, hint, messages)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option, field.optionLabels)}
          </option>
        ))}
      </Select>
    </SettingFrame>
  );
}

function BooleanSetting({ id, field, value, messages: fieldMessages, onChange, words }: SettingControlProps<FieldOfKind<"boolean">>) {
  const hint = settingHint(field, words);
  const messages = texts(fieldMessages);
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <Checkbox id={id} checked={value === true} onChange={(event) => onChange(event.target.checked)} {...controlAria(id, hint, messages)} />
        {field.title}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="pl-6 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldMessages id={`${id}-error`} messages={messages} />
    </div>
  );
}

function TextSetting({ id, field, value, messages: fieldMessages, onChange, words }: SettingControlProps<FieldOfKind<"text">>) {
  const hint = settingHint(field, words);
  const messages = texts(fieldMessages);
  return (
    <SettingFrame id={id} label={field.title} hint={hint} messages={messages}>
      <Input
        id={id}
        value={typeof value === "string" ? value : value === undefined ? "" : String(value)}
        maxLength={field.maxLength}
        placeholder={typeof field.defaultValue === "string" ? field.defaultValue : undefined}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        {...controlAria(id, hint, messages)}
      />
    </SettingFrame>
  );
}

function UnsupportedSetting({ id, field, value, messages, words }: SettingControlProps) {
  return (
    <div className="space-y-1.5">
      <p className="text-sm font-medium text-slate-800">{field.title}</p>
      <pre className="overflow-x-auto rounded-md bg-slate-50 p-2 text-xs text-slate-700">{JSON.stringify(value ?? field.defaultValue, null, 2)}</pre>
      <p className="text-xs text-slate-500">{words.text("apiOnly")}</p>
      <FieldMessages id={`${id}-error`} messages={messages.map((message) => message.message)} />
    </div>
  );
}
