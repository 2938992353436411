import type { FieldMessage } from "../issue-paths";
import type { SettingField } from "./setting-fields";
import type { SettingWording } from "./setting-wording";

/** What every generated control receives: its field, its value and the server's messages about it. */
export type SettingControlProps<F extends SettingField = SettingField> = {
  /** the control's id; hints and errors derive theirs from it */
  id: string;
  field: F;
  value: unknown;
  messages: FieldMessage[];
  onChange: (value: unknown) => void;
  /** the controls' words in the console's language */
  words: SettingWording;
};

export type FieldOfKind<K extends SettingField["kind"]> = Extract<SettingField, { kind: K }>;

/** Messages about the field as a whole (not one row or tag of it). */
export const wholeFieldMessages = (messages: FieldMessage[]) => messages.filter((message) => message.detail.length === 0);

/** Messages about one entry of a list field ("2" → the third tag or row), optionally one sub-field of it. */
export function entryMessages(messages: FieldMessage[], index: number, subField?: string): string[] {
  return messages
    .filter((message) => message.detail[0] === String(index) && (subField === undefined ? message.detail.length === 1 : message.detail[1] === subField))
    .map((message) => message.message);
}
