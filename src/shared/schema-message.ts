/**
 * A schema's own validation messages are written in English: the language of the API, and the key
 * of their translations (`src/messages/validation/<locale>.json`, like gettext). The server words
 * each in the language of the request being validated (src/server/validation-language.ts installs
 * that); anywhere else (the browser, scripts) they stay English. Every message is declared when its
 * module loads, so a test can check that each has its translations.
 */
type Values = Record<string, string | number>;

let word: (english: string) => string = (english) => english;
const declared = new Set<string>();

/** A check's message, worded when the check fails: `.min(1, schemaMessage("Enter a name."))`. */
export function schemaMessage(english: string): { error: () => string } {
  declared.add(english);
  return { error: () => word(english) };
}

/**
 * A message with values, for refinements — `{name}` marks where each goes:
 * `const duplicate = schemaMessageWith('Duplicate serial "{serial}".')`, then
 * `ctx.addIssue({ code: "custom", message: duplicate({ serial }) })`.
 */
export function schemaMessageWith(english: string): (values?: Values) => string {
  declared.add(english);
  return (values = {}) => word(english).replace(/\{(\w+)\}/g, (token, name: string) => (name in values ? String(values[name]) : token));
}

/** The server's wording (once, at start-up). */
export function wordSchemaMessagesWith(wording: (english: string) => string): void {
  word = wording;
}

/** Every message declared by the modules loaded so far. */
export function declaredSchemaMessages(): ReadonlySet<string> {
  return declared;
}
