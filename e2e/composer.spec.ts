import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACME, OPERATOR, OWNER, signIn, VIEWER } from "./demo-users";
import { createToySku } from "./sku-helpers";

const lineupNames = (page: Page) => page.getByRole("list", { name: "Lineup agents" }).getByRole("heading", { level: 3 });
const agentCard = (page: Page, name: string) => page.getByRole("article", { name });
/** dnd-kit's live region: what a screen reader hears while dragging. */
const dragAnnouncement = (page: Page) => page.locator('[id^="DndLiveRegion"]');
const saved = (page: Page) => page.getByRole("status").filter({ hasText: /^Saved \d\d:\d\d$/ });

async function publish(page: Page, note: string, version: number) {
  const button = page.getByRole("button", { name: "Publish", exact: true });
  await expect(button).toBeEnabled();
  await button.click();
  const dialog = page.getByRole("dialog", { name: "Publish configuration" });
  await dialog.getByLabel("Change note").fill(note);
  await dialog.getByRole("button", { name: "Publish version" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: `Version ${version} published.` })).toBeVisible();
  await expect(page.getByText(`Published as version ${version}`)).toBeVisible();
}

async function openSettings(card: Locator, name: string) {
  const toggle = card.getByRole("button", { name: `Settings of ${name}` });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}

test("an owner composes a lineup, publishes two versions, compares them, rolls back and reads the device JSON", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toUpperCase();
  await signIn(page, OWNER);
  const sku = await createToySku(page, stamp);

  await test.step("add two agents with their Add buttons", async () => {
    await page.getByRole("button", { name: "Add Kids' companion to the lineup" }).click();
    await page.getByRole("button", { name: "Add Story teller to the lineup" }).click();
    await expect(lineupNames(page)).toHaveText(["Kids' companion", "Story teller"]);
    await expect(page.getByRole("button", { name: "Add Story teller to the lineup" })).toBeDisabled();
  });

  await test.step("reorder by keyboard drag, then with a move button", async () => {
    await page.getByRole("button", { name: "Reorder Story teller" }).focus();
    await page.keyboard.press("Space");
    // Picking up announces the card, then that it is (still) over its own slot.
    await expect(dragAnnouncement(page)).toHaveText(/^(Picked up Story teller, position 2 of 2|Story teller is at position 2 of 2)\.$/);
    await page.keyboard.press("ArrowUp");
    await expect(dragAnnouncement(page)).toHaveText("Story teller is over position 1 of 2.");
    await page.keyboard.press("Space");
    await expect(dragAnnouncement(page)).toHaveText("Story teller was moved to position 1 of 2.");
    await expect(lineupNames(page)).toHaveText(["Story teller", "Kids' companion"]);

    await page.getByRole("button", { name: "Move Kids' companion up" }).click();
    await expect(lineupNames(page)).toHaveText(["Kids' companion", "Story teller"]);
  });

  const kids = agentCard(page, "Kids' companion");
  await test.step("give Kids' companion a timer", async () => {
    await kids.getByRole("button", { name: "Add tool to Kids' companion" }).click();
    await expect(page.getByRole("menuitem", { name: "Maps" })).toHaveCount(0);
    await page.getByRole("menuitem", { name: "Timer" }).click();
    await expect(kids.getByRole("list", { name: "Tools of Kids' companion" })).toHaveText("Timer");
  });

  await test.step("an invalid bedtime is explained next to the field and blocks publishing", async () => {
    await openSettings(kids, "Kids' companion");
    const bedtime = kids.getByLabel("Bedtime", { exact: true });
    await bedtime.fill("25:00");
    await expect(kids.getByText("Bedtime is a time like 19:30.")).toBeVisible();
    await expect(bedtime).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("region", { name: "Fix 1 issue before publishing" })).toContainText("Kids' companion › Bedtime: Bedtime is a time like 19:30.");
    await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeDisabled();
    await expect(page.getByText("Fix the 1 issue below first.")).toBeVisible();

    await bedtime.fill("20:00");
    await expect(saved(page)).toBeVisible();
    await expect(kids.getByText("Bedtime is a time like 19:30.")).toHaveCount(0);
  });

  await test.step("publish version 1, change a setting, publish version 2", async () => {
    await publish(page, "First lineup for the bear", 1);
    const story = agentCard(page, "Story teller");
    await openSettings(story, "Story teller");
    await story.getByLabel("Story length").selectOption("long");
    await expect(page.getByText("Unpublished changes")).toBeVisible();
    await expect(saved(page)).toBeVisible();
    await publish(page, "Longer stories", 2);
  });

  const versions = page.getByRole("table", { name: "Published versions" });
  await test.step("compare version 1 with version 2", async () => {
    await page.getByRole("navigation", { name: "Configuration" }).getByRole("link", { name: "Versions" }).click();
    await expect(versions.getByRole("row")).toHaveCount(3);
    await expect(versions.getByRole("row").nth(1)).toContainText("Longer stories");
    await versions.getByLabel("Compare version 1").check();
    await versions.getByLabel("Compare version 2").check();
    await expect(page.getByRole("list", { name: "Changes from version 1 to version 2" }).getByRole("listitem")).toHaveText([/^~\s*Story teller › Story length: Medium → Long$/]);
  });

  await test.step("roll back to version 1: published again as version 3", async () => {
    await versions.getByRole("button", { name: "Roll back to version 1" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Roll back to version 1" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Version 3 published." })).toBeVisible();
    const v3 = versions.getByRole("row").filter({ hasText: "v3" });
    await expect(v3).toContainText("Rolled back from v1");
    await expect(v3).toContainText("Current");
    await expect(versions.getByRole("row")).toHaveCount(4);
  });

  await test.step("read and download the device config of version 3", async () => {
    await versions.getByRole("button", { name: "View device config of version 3" }).click();
    const dialog = page.getByRole("dialog", { name: "Device config, version 3" });
    await expect(dialog.getByLabel("Device config JSON of version 3")).toContainText('"kids-companion"');
    const downloading = page.waitForEvent("download");
    await dialog.getByRole("button", { name: `Download ${sku.code}-config-v3.json` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${sku.code}-config-v3.json`);
    const config = JSON.parse(await readFile(await download.path(), "utf8")) as { version: number; agents: { id: string; settings: Record<string, unknown> }[] };
    expect(config.version).toBe(3);
    expect(config.agents.map((agent) => agent.id)).toEqual(["kids-companion", "story-teller"]);
    expect(config.agents[1]?.settings.length).toBe("medium");
  });

  await test.step("the draft follows the rollback", async () => {
    await page.keyboard.press("Escape");
    await page.getByRole("navigation", { name: "Configuration" }).getByRole("link", { name: "Composer" }).click();
    await expect(page.getByText("Published as version 3")).toBeVisible();
    await expect(page.getByText("The draft matches it")).toBeVisible();
  });
});

test("an agent that needs a camera cannot be added to the camera-less Pip bear", async ({ page }) => {
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/skus`);
  await page.getByRole("link", { name: "Pip Talking Bear" }).click();
  await page.getByRole("link", { name: "Configure agents" }).click();
  const visualQa = page.getByRole("list", { name: "Catalog agents" }).getByRole("listitem").filter({ hasText: "What's ahead (visual Q&A)" });
  await expect(visualQa).toContainText("Needs a camera — PIP-2 has none");
  await expect(visualQa.getByRole("button", { name: "Add What's ahead (visual Q&A) to the lineup" })).toBeDisabled();
  await expect(visualQa.getByRole("button", { name: /^Drag / })).toHaveCount(0);
});

test("a viewer reads the lineup and its versions but cannot edit or publish", async ({ page, browser }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  await signIn(page, OWNER);
  const sku = await createToySku(page, stamp);
  await page.getByRole("button", { name: "Add Story teller to the lineup" }).click();
  await expect(saved(page)).toBeVisible();
  await publish(page, "Stories only", 1);

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, VIEWER);
  await viewer.goto(sku.url);
  await expect(viewer.getByText("You can view this configuration.")).toBeVisible();
  await expect(lineupNames(viewer)).toHaveText(["Story teller"]);
  await expect(viewer.getByText("Published as version 1")).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^Add / })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^(Reorder|Remove|Move) / })).toHaveCount(0);
  await expect(viewer.getByRole("main").getByRole("textbox")).toHaveCount(0);

  await viewer.getByRole("navigation", { name: "Configuration" }).getByRole("link", { name: "Versions" }).click();
  const versions = viewer.getByRole("table", { name: "Published versions" });
  await expect(versions.getByRole("row").filter({ hasText: "Stories only" })).toContainText("Current");
  await expect(versions.getByRole("button", { name: /^Roll back/ })).toHaveCount(0);
  await versions.getByRole("button", { name: "View device config of version 1" }).click();
  await expect(viewer.getByLabel("Device config JSON of version 1")).toContainText('"story-teller"');
  await viewerContext.close();
});

test("an item the operator disables is offered to no one until it is enabled again", async ({ page, browser }) => {
  await signIn(page, OPERATOR);
  await page.goto("/operator");
  const tools = page.getByRole("table", { name: "Catalog tools" });
  const news = tools.getByRole("row").filter({ hasText: "Headlines and short briefings." });
  await news.getByRole("button", { name: "Disable News" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Disable News?" });
  await expect(confirm).toContainText("New publishes can no longer use News; devices keep their current configs.");
  await confirm.getByRole("button", { name: "Disable tool" }).click();
  await expect(news).toContainText("Disabled");

  try {
    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    await signIn(owner, OWNER);
    await owner.goto(`/o/${ACME.slug}/agents`);
    await expect(owner.getByRole("region", { name: "Tools" }).getByRole("listitem").filter({ hasText: "News" })).toContainText("Disabled by Anima");
    await ownerContext.close();
  } finally {
    await news.getByRole("button", { name: "Enable News" }).click();
    await expect(news).toContainText("Enabled");
  }
});
