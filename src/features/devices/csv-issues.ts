/**
 * What can be wrong with a device CSV, as stable codes with their parameters: the console words
 * each one from the catalogs (`devices.csv.issues` and `devices.csv.fileProblems`), in English
 * exactly as the API words the same rule.
 */

/** A problem on one row of the file. */
export type RowIssue =
  | { code: "serialEmpty" | "serialCharacters" | "tagEmpty" | "tagCharacters" }
  | { code: "serialTooLong" | "labelTooLong" | "batchTooLong" | "tagTooLong" | "tooManyTags"; params: { max: number } }
  | { code: "duplicateSerial"; params: { serial: string; rows: string; count: number; more: number } }
  | { code: "alreadyRegistered"; params: { serial: string } }
  | { code: "tooManyColumns"; params: { expected: string } }
  /** a rule without its own code yet: the schema's English sentence */
  | { code: "invalid"; params: { message: string } };

/** A problem with the whole file: it is not read any further. */
export type FileProblem =
  | { code: "notCsv" | "tooLarge" | "empty" | "headerOnly" }
  | { code: "textAfterQuote" | "unclosedQuote"; params: { line: number } }
  | { code: "unknownColumn" | "repeatedColumn"; params: { name: string } }
  | { code: "tooManyRows"; params: { count: number; max: number } };
