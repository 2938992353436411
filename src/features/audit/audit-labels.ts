import { ROLES } from "@/shared/permissions";

/**
 * A message of the console's catalogs by its dotted path ("audit.actions.apikey.created"), or
 * undefined when there is none. The audit log names stable codes (actions, metadata fields,
 * roles) by their catalog label; codes stay as they are in the API and the CSV export.
 */
export type MessageLookup = (path: string) => string | undefined;

/** A lookup over a locale's messages (useMessages() in the console, a catalog in tests). */
export function messageLookup(messages: object): MessageLookup {
  return (path) => {
    let node: unknown = messages;
    for (const part of path.split(".")) {
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === "string" ? node : undefined;
  };
}

/** "device.public_key_set" → "Device public key set": the fallback for codes added later. */
function spellOut(code: string): string {
  const words = code.replace(/[._]/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a recorded action means, in words; an action missing from the catalog is spelled out from its code. */
export function actionLabel(action: string, lookup: MessageLookup): string {
  return lookup(`audit.actions.${action}`) ?? spellOut(action);
}

/** The label of a metadata field modules record; others are spelled out from their key. */
export function fieldLabel(key: string, lookup: MessageLookup): string {
  return lookup(`audit.fields.${key}`) ?? spellOut(key);
}

/** Values shown as people read them: roles by their label. */
export function fieldValue(value: string, lookup: MessageLookup): string {
  const role = ROLES.find((candidate) => candidate === value);
  return (role && lookup(`common.roles.${role}`)) ?? value;
}
