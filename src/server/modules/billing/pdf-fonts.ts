import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/*
 * pdfkit's built-in Helvetica covers Latin-1 only (WinAnsi): a Chinese legal name or address would
 * print as nothing. Text with any other character is set in Noto Sans SC ("Noto Sans Hans", SIL OFL
 * 1.1, npm package @embedpdf/fonts-sc), which pdfkit embeds as a subset of the glyphs used. The
 * OTF files (8 MB each) are read once, on the first document that needs them. The server runs
 * from the project root (npm start, next start, vitest), where node_modules is.
 */

const FONT_DIR = path.join(process.cwd(), "node_modules", "@embedpdf", "fonts-sc", "fonts");

/** pdfkit font names: registered per document, from buffers read once per process. */
export const CJK_FONT = { regular: "NotoSansSC", bold: "NotoSansSC-Bold" } as const;

let files: { regular: Buffer; bold: Buffer } | null = null;

/** The regular and bold CJK font files. */
export function cjkFontFiles() {
  files ??= {
    regular: readFileSync(path.join(FONT_DIR, "NotoSansHans-Regular.otf")),
    bold: readFileSync(path.join(FONT_DIR, "NotoSansHans-Bold.otf")),
  };
  return files;
}

/** Characters Helvetica prints (WinAnsi: Latin-1 and a few typographic marks); anything else needs the CJK font. */
const BEYOND_HELVETICA = /[^\t\n\u0020-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u2122]/u;

export const needsCjkFont = (text: string) => BEYOND_HELVETICA.test(text);
