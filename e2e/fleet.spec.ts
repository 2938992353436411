import { expect, test, type Page } from "@playwright/test";
import { downloadCsv } from "./csv-download";
import { ACME, OWNER, parseCount, readStat, signIn, VIEWER } from "./demo-users";

/*
 * The fleet dashboards on the demo organization's 30 seeded days of telemetry (voice and
 * video; the glasses' firmware 1.5.0 is ~18 % slower than 1.4.2). Other specs may add
 * devices and interactions to Acme, so figures are checked as floors and relations.
 */

async function openSection(page: Page, name: "Latency" | "Usage") {
  const nav = page.getByRole("navigation", { name: "Console" });
  await nav.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(`/o/${ACME.slug}/${name.toLowerCase()}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
}

test("the latency page charts p50/p95/p99 against the kind's SLO, follows its filters in the URL and exports the series", async ({ page }) => {
  await signIn(page, OWNER);
  await openSection(page, "Latency");

  const chart = page.getByRole("region", { name: "End-to-end latency percentiles" });
  const drawing = chart.getByRole("img");
  await expect(drawing).toHaveAttribute("aria-label", /^End-to-end voice latency, [\d,]+ points per hour( \([\d,]+ hours? without data\))?: p95 over the range [\d,]+ ms.*; voice SLO 1,000 ms\.$/);
  await expect(chart.locator(".recharts-legend-item")).toHaveText(["p50", "p95", "p99"]);
  await expect(chart.locator(".recharts-line")).toHaveCount(3);
  await expect(chart.getByText("Voice SLO 1.0 s")).toBeVisible();
  await expect(chart.getByText("Video SLO 1.5 s")).toHaveCount(0);

  const voiceP95 = await readStat(page, "Latency summary", "p95");
  expect(voiceP95).toBeGreaterThan(300);
  expect(await readStat(page, "Latency summary", "Interactions")).toBeGreaterThan(1_000);

  await test.step("the CSV holds exactly the plotted series", async () => {
    const summary = (await drawing.getAttribute("aria-label")) ?? "";
    const points = parseCount(/([\d,]+) points/.exec(summary)?.[1] ?? "");
    const highestP95 = parseCount(/highest p95 ([\d,]+) ms/.exec(summary)?.[1] ?? "");
    const [header, ...rows] = await downloadCsv(chart);
    expect(header).toBe("time_utc,p50_ms,p95_ms,p99_ms");
    expect(rows).toHaveLength(points);
    const parsed = rows.map((row) => row.split(","));
    for (const [time, p50, p95, p99] of parsed) {
      expect(time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/);
      expect(Number(p50)).toBeLessThanOrEqual(Number(p95));
      expect(Number(p95)).toBeLessThanOrEqual(Number(p99));
    }
    expect(Math.max(...parsed.map((row) => Number(row[2])))).toBe(highestP95);
  });

  await test.step("video answers are slower, and slower still on firmware 1.5.0", async () => {
    await page.getByLabel("Kind", { exact: true }).selectOption("video");
    await expect(page).toHaveURL(/[?&]kind=video/);
    await expect(drawing).toHaveAttribute("aria-label", /^End-to-end video latency.*; video SLO 1,500 ms\.$/);
    await expect(chart.getByText("Video SLO 1.5 s")).toBeVisible();
    await expect(chart.getByText("Voice SLO 1.0 s")).toHaveCount(0);
    await expect.poll(() => readStat(page, "Latency summary", "p95")).toBeGreaterThan(voiceP95);
    const videoP95 = await readStat(page, "Latency summary", "p95");

    await page.getByLabel("Firmware", { exact: true }).selectOption("1.5.0");
    await expect(page).toHaveURL(/[?&]firmware=1\.5\.0/);
    await expect.poll(() => readStat(page, "Latency summary", "p95")).toBeGreaterThan(videoP95);
  });

  await test.step("a reload keeps the view", async () => {
    await page.reload();
    await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("video");
    await expect(page.getByLabel("Firmware", { exact: true })).toHaveValue("1.5.0");
    await expect(drawing).toHaveAttribute("aria-label", /^End-to-end video latency/);
  });
});

test("the latency page compares firmware releases and flags the slower one", async ({ page }) => {
  await signIn(page, OWNER);
  // Named in the URL: other specs report telemetry from newer firmware, which would be the default candidate.
  await page.goto(`/o/${ACME.slug}/latency?kind=video&range=30d&cmp=firmware&a=1.4.2&b=1.5.0`);
  const compare = page.getByRole("region", { name: "Compare releases" });
  await expect(compare.getByLabel("A (baseline)")).toHaveValue("1.4.2");
  await expect(compare.getByLabel("B (candidate)")).toHaveValue("1.5.0");
  await expect(compare.locator(".recharts-legend-item")).toHaveText(["p95 A · 1.4.2", "p95 B · 1.5.0"]);
  const p95Row = compare.getByRole("table", { name: "Comparison" }).getByRole("row").filter({ hasText: /^p95/ });
  await expect(p95Row).toContainText(/\+\d+\.\d%/);
  await expect(p95Row.getByText("B slower")).toBeVisible();

  const [header, ...rows] = await downloadCsv(compare);
  expect(header).toBe("time_utc,a_p95_ms,b_p95_ms");
  expect(rows.length).toBeGreaterThanOrEqual(28);
  for (const row of rows) expect(row).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z,\d*,\d*$/);

  // Swapping the sides puts the faster release in B: nothing is flagged.
  await compare.getByLabel("A (baseline)").selectOption("1.5.0");
  await compare.getByLabel("B (candidate)").selectOption("1.4.2");
  await expect(p95Row).toContainText(/−\d+\.\d%/);
  await expect(p95Row.getByText("B slower")).toHaveCount(0);
});

test("a custom range is checked before it is applied, then kept in the URL", async ({ page }) => {
  await signIn(page, OWNER);
  await openSection(page, "Latency");
  await page.getByLabel("Time range").selectOption("custom");
  await expect(page).toHaveURL(/[?&]range=custom&from=[\d-]+T[\d%3A:]+&to=/);

  const to = new Date(Date.now() - 86_400_000).toISOString().slice(0, 16);
  const from = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 16);
  await page.getByLabel("From (UTC)").fill(to);
  await page.getByLabel("To (UTC)").fill(from);
  await page.getByRole("button", { name: "Apply range" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The end must be after the start.");
  await expect(page.getByLabel("To (UTC)")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("From (UTC)").fill(from);
  await page.getByLabel("To (UTC)").fill(to);
  await page.getByRole("button", { name: "Apply range" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from.replace(":", "(:|%3A)")}&to=${to.replace(":", "(:|%3A)")}`));
  // Two days of hourly buckets (a quiet hour without interactions has no point).
  const summary = page.getByRole("region", { name: "End-to-end latency percentiles" }).getByRole("img");
  await expect(summary).toHaveAttribute("aria-label", /^End-to-end voice latency, 4\d points per hour/);
  await page.reload();
  await expect(page.getByLabel("From (UTC)")).toHaveValue(from);
  await expect(page.getByLabel("To (UTC)")).toHaveValue(to);
  await expect(summary).toHaveAttribute("aria-label", /^End-to-end voice latency, 4\d points per hour/);
});

test("a range without telemetry explains how devices report it", async ({ page }) => {
  await signIn(page, OWNER);
  for (const section of ["latency", "usage"]) {
    await page.goto(`/o/${ACME.slug}/${section}?range=custom&from=2020-01-01T00:00&to=2020-01-02T00:00`);
    await expect(page.getByText("No interactions in this range")).toBeVisible();
    await expect(page.getByRole("main")).toContainText("device.reportTelemetry");
    await expect(page.getByRole("main")).toContainText("npm run simulate");
  }
  // Seats belong to the organization, not to a range of telemetry: still charted.
  await expect(page.getByRole("region", { name: "License utilization" }).getByRole("img")).toBeVisible();
});

test("the usage page charts usage over time and pages through the busiest devices", async ({ page }) => {
  await signIn(page, OWNER);
  await openSection(page, "Usage");

  expect(await readStat(page, "Usage totals", "Interactions")).toBeGreaterThan(1_000);
  expect(await readStat(page, "Usage totals", "Monthly active devices")).toBeGreaterThanOrEqual(20);
  for (const name of ["Interactions over time", "Minutes over time", "Tokens over time", "Active devices per day", "License utilization"]) {
    await expect(page.getByRole("region", { name }).getByRole("img")).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Tokens over time" }).locator(".recharts-legend-item")).toHaveText(["Input tokens", "Output tokens"]);

  await test.step("split by SKU", async () => {
    await page.getByLabel("Split").selectOption("sku");
    await expect(page).toHaveURL(/[?&]split=sku/);
    const legend = page.getByRole("region", { name: "Interactions over time" }).locator(".recharts-legend-item");
    await expect(legend.filter({ hasText: "Aurora AI Glasses (AUR-1)" })).toHaveCount(1);
    await expect(legend.filter({ hasText: "Pip Talking Bear (PIP-2)" })).toHaveCount(1);
  });

  await test.step("top devices, ten a page, each linking to its device", async () => {
    const top = page.getByRole("region", { name: "Top devices" });
    const rows = top.getByRole("table", { name: "Top devices" }).locator("tbody tr");
    await expect(rows).toHaveCount(10);
    await expect(top.getByText(/^Page 1 of \d+$/)).toBeVisible();
    const pages = parseCount((await top.getByText(/^Page 1 of \d+$/).textContent())?.replace(/^Page 1 of/, "") ?? "");
    expect(pages).toBeGreaterThanOrEqual(2);
    const [header, ...lines] = await downloadCsv(top);
    expect(header).toBe("serial,device_id,sku,interactions,minutes,tokens");
    expect(lines).toHaveLength(10);

    await top.getByRole("button", { name: "Next" }).click();
    await expect(top.getByText(new RegExp(`^Page 2 of ${pages}$`))).toBeVisible();
    await expect(rows.first().locator("td").first()).toHaveText("11");

    const serial = (await rows.first().getByRole("link").textContent()) ?? "";
    await rows.first().getByRole("link").click();
    await expect(page).toHaveURL(/\/o\/acme\/devices\/dev_[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1, name: serial })).toBeVisible();
  });
});

test("the dashboard shows today's fleet figures against the SLOs, each linking to its page", async ({ page }) => {
  await signIn(page, OWNER);
  await expect(page).toHaveURL(`/o/${ACME.slug}`);
  const tile = (name: string) => page.getByRole("region", { name, exact: true });

  await expect(tile("Active today").getByRole("link")).toHaveText(/^[\d,]+$/);
  await expect(tile("Seats available")).toContainText(/seats available · [\d,]+ of [\d,]+ used/);
  await expect(tile("Interactions today").getByRole("link")).toHaveText(/^[\d,]+$/);
  expect(parseCount(await tile("Interactions today").getByRole("link").textContent())).toBeGreaterThan(100);
  for (const [name, kind, slo] of [["Voice latency (p95)", "voice", "1.0 s"], ["Video latency (p95)", "video", "1.5 s"]] as const) {
    await expect(tile(name).getByRole("link")).toHaveText(/^[\d,]+ ms$/);
    await expect(tile(name).getByText(/^(Within|Over) SLO$/)).toBeVisible();
    await expect(tile(name)).toContainText(`${slo} SLO`);
    await expect(tile(name).getByRole("link")).toHaveAttribute("href", `/o/${ACME.slug}/latency?kind=${kind}&range=24h`);
  }
  for (const name of ["Active today", "Seats available", "Voice latency (p95)", "Video latency (p95)", "Interactions today"]) {
    await expect(tile(name).getByRole("img")).toBeVisible();
  }

  await tile("Video latency (p95)").getByRole("link").click();
  await expect(page).toHaveURL(`/o/${ACME.slug}/latency?kind=video&range=24h`);
  await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("video");
  await expect(page.getByLabel("Time range")).toHaveValue("24h");
});

test("a viewer reads the dashboards", async ({ page }) => {
  await signIn(page, VIEWER);
  await expect(page.getByRole("region", { name: "Voice latency (p95)", exact: true }).getByRole("link")).toHaveText(/ ms$/);
  await openSection(page, "Latency");
  await expect(page.getByRole("region", { name: "End-to-end latency percentiles" }).getByRole("img")).toBeVisible();
  await expect(page.getByRole("region", { name: "Latency distribution" }).getByText("Voice SLO 1.0 s")).toBeVisible();
  await openSection(page, "Usage");
  await expect(page.getByRole("table", { name: "Top devices" }).locator("tbody tr")).toHaveCount(10);
  await expect(page.getByRole("region", { name: "License utilization" }).getByRole("img")).toBeVisible();
});
