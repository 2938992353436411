import { readFile } from "node:fs/promises";
import { expect, type Locator } from "@playwright/test";

/** Clicks a card's "Download CSV" and answers the file's lines (CRLF-separated, without the last break). */
export async function downloadCsv(card: Locator): Promise<string[]> {
  const downloading = card.page().waitForEvent("download");
  await card.getByRole("button", { name: /^Download CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^anima-[\w.-]+\.csv$/);
  return (await readFile(await download.path(), "utf8")).trimEnd().split("\r\n");
}
