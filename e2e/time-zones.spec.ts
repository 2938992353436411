import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { formatDateTime } from "../src/lib/format";
import { ACME, OWNER, signIn } from "./demo-users";

/*
 * Times in the viewer's zone: a browser in Shanghai (UTC+08:00, no daylight saving) sees the
 * fleet charts' axes, tooltips and CSV exports, the tables' times and the custom range in its own
 * zone, named; the UTC toggle switches all of them and is remembered across a reload. And the KPIs compare with the
 * previous period ("+12 % vs previous 7 days") on the demo organization's seeded month.
 */

test.use({ timezoneId: "Asia/Shanghai" });

const SHOTS = process.env.E2E_SHOTS_DIR;

async function downloadCsv(card: Locator): Promise<string[]> {
  const downloading = card.page().waitForEvent("download");
  await card.getByRole("button", { name: /^Download CSV/ }).click();
  return (await readFile(await (await downloading).path(), "utf8")).trimEnd().split("\r\n");
}

/** Hovers the right part of a chart's plot and returns its tooltip (the bucket's time, named with its zone). */
async function hoverTooltip(chart: Locator): Promise<Locator> {
  const plot = chart.locator(".recharts-cartesian-grid");
  const box = (await plot.boundingBox())!;
  await plot.hover({ position: { x: box.width * 0.8, y: box.height / 2 }, force: true }); // scrolls it into view first
  const tooltip = chart.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toBeVisible();
  return tooltip;
}

const axisTitle = (chart: Locator) => chart.locator(".recharts-label").filter({ hasText: /^Time \(/ });

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("charts and exports show the viewer's zone by default, and a remembered UTC toggle switches them", async ({ page }) => {
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/latency`);
  const toggle = page.getByRole("group", { name: "Times" });
  const local = toggle.getByRole("button", { name: "Local (Asia/Shanghai)" });
  const utc = toggle.getByRole("button", { name: "UTC" });
  await expect(local).toHaveAttribute("aria-pressed", "true");
  await expect(utc).toHaveAttribute("aria-pressed", "false");

  const chart = page.getByRole("region", { name: "End-to-end latency percentiles" });
  await expect(axisTitle(chart)).toHaveText("Time (UTC+08:00 Asia/Shanghai)");
  await expect(axisTitle(page.getByRole("region", { name: "Stage breakdown" }))).toHaveText("Time (UTC+08:00 Asia/Shanghai)");

  await expect(await hoverTooltip(chart)).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{2}:\d{2} UTC\+08:00 Asia\/Shanghai/);
  await shot(page, "latency-local");

  const [localHeader, ...localRows] = await downloadCsv(chart);
  expect(localHeader).toBe("time (UTC+08:00 Asia/Shanghai),p50_ms,p95_ms,p99_ms");
  for (const row of localRows) expect(row).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\+08:00,/);

  await test.step("UTC: axes, tooltips and exports switch, and the choice survives a reload", async () => {
    await utc.click();
    await expect(utc).toHaveAttribute("aria-pressed", "true");
    await expect(axisTitle(chart)).toHaveText("Time (UTC)");
    await page.reload();
    await expect(page.getByRole("group", { name: "Times" }).getByRole("button", { name: "UTC" })).toHaveAttribute("aria-pressed", "true");
    await expect(axisTitle(chart)).toHaveText("Time (UTC)");
    const tooltip = await hoverTooltip(chart);
    await expect(tooltip).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{2}:\d{2} UTC/);
    await expect(tooltip).not.toContainText("+08:00");

    const [utcHeader, ...utcRows] = await downloadCsv(chart);
    expect(utcHeader).toBe("time_utc,p50_ms,p95_ms,p99_ms");
    // The same instants, written in the other zone: 17:00+08:00 is 09:00Z (the range may have moved by an hour meanwhile).
    const instants = (rows: string[]) => rows.map((row) => Date.parse(row.split(",")[0]!));
    const utcInstants = new Set(instants(utcRows));
    expect(instants(localRows).filter((t) => utcInstants.has(t)).length).toBeGreaterThanOrEqual(localRows.length - 1);
    expect(localRows[1]!.split(",").slice(1)).toEqual(utcRows.find((row) => Date.parse(row.split(",")[0]!) === Date.parse(localRows[1]!.split(",")[0]!))?.split(",").slice(1));
  });

  await test.step("the usage page follows the same remembered choice", async () => {
    await page.goto(`/o/${ACME.slug}/usage`);
    await expect(page.getByRole("group", { name: "Times" }).getByRole("button", { name: "UTC" })).toHaveAttribute("aria-pressed", "true");
    await expect(axisTitle(page.getByRole("region", { name: "Interactions over time" }))).toHaveText("Time (UTC)");
    await page.getByRole("group", { name: "Times" }).getByRole("button", { name: "Local (Asia/Shanghai)" }).click();
    const interactions = page.getByRole("region", { name: "Interactions over time" });
    await expect(axisTitle(interactions)).toHaveText("Time (UTC+08:00 Asia/Shanghai)");
    const [header] = await downloadCsv(interactions);
    expect(header).toBe("time (UTC+08:00 Asia/Shanghai),interactions");
    // Day buckets stay UTC days, and say so.
    await expect(page.getByRole("region", { name: "Active devices per day" }).locator(".recharts-label").filter({ hasText: /^Day/ })).toHaveText("Day (UTC days)");
  });
});

test("the usage totals, the latency summary and the home KPIs compare with the previous period", async ({ page }) => {
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/usage`);
  const totals = page.getByRole("region", { name: "Usage totals" });
  const delta = /^([+−][\d,.]+|0) % vs previous 7 days$/;
  for (const label of ["Interactions", "Minutes", "Input tokens", "Output tokens"]) {
    await expect(totals.locator("section").filter({ has: page.getByText(label, { exact: true }) }).getByTestId("delta")).toHaveText(delta);
  }
  await page.getByLabel("Time range").selectOption("24h");
  await expect(totals.getByTestId("delta").first()).toHaveText(/^([+−][\d,.]+|0) % vs previous 24 hours$/);
  await shot(page, "usage-previous-period");

  await page.goto(`/o/${ACME.slug}/latency`);
  const latency = page.getByRole("region", { name: "Latency summary" });
  await expect(latency.locator("section").filter({ has: page.getByText("p95", { exact: true }) }).getByTestId("delta")).toHaveText(delta);
  await shot(page, "latency-previous-period");

  await page.goto(`/o/${ACME.slug}`);
  const interactions = page.getByRole("region", { name: "Interactions today" });
  await expect(interactions.getByTestId("delta")).toHaveText(/^([+−][\d,.]+|0) % vs previous 24 hours$/);
  const voice = page.getByRole("region", { name: "Voice latency (p95)" });
  await expect(voice.getByTestId("delta")).toHaveText(/^([+−][\d,.]+|0) % vs previous 24 hours$/);
  await shot(page, "home-previous-period");
});

test("tables and the custom range use the same zone as the charts", async ({ page }) => {
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/settings/audit-log`);
  const firstTime = page.getByRole("table").locator("tbody time").first();
  const toggle = page.getByRole("group", { name: "Times" });
  await toggle.getByRole("button", { name: "Local (Asia/Shanghai)" }).click();
  await expect(firstTime).toHaveAttribute("title", "UTC+08:00 Asia/Shanghai");
  const instant = new Date((await firstTime.getAttribute("datetime"))!);
  await expect(firstTime).toHaveText(formatDateTime(instant, { id: "Asia/Shanghai", utc: false }));
  await shot(page, "audit-local-times");

  await toggle.getByRole("button", { name: "UTC" }).click();
  await expect(firstTime).toHaveAttribute("title", "UTC");
  await expect(firstTime).toHaveText(formatDateTime(instant, { id: "UTC", utc: true }));

  await test.step("a custom range is typed in the chosen zone and kept in the URL as UTC", async () => {
    await toggle.getByRole("button", { name: "Local (Asia/Shanghai)" }).click();
    await page.goto(`/o/${ACME.slug}/latency?range=custom&from=2026-03-03T16:00&to=2026-03-04T16:00`);
    await expect(page.getByLabel("From (Asia/Shanghai)")).toHaveValue("2026-03-04T00:00");
    await expect(page.getByLabel("To (Asia/Shanghai)")).toHaveValue("2026-03-05T00:00");
    await page.getByLabel("To (Asia/Shanghai)").fill("2026-03-04T12:00");
    await page.getByRole("button", { name: "Apply range" }).click();
    await expect(page).toHaveURL(/from=2026-03-03T16(:|%3A)00&to=2026-03-04T04(:|%3A)00/);
    await page.getByRole("group", { name: "Times" }).getByRole("button", { name: "UTC" }).click();
    await expect(page.getByLabel("From (UTC)")).toHaveValue("2026-03-03T16:00");
    await expect(page.getByLabel("To (UTC)")).toHaveValue("2026-03-04T04:00");
  });
});
