import { expect, test, type Locator } from "@playwright/test";
import { ACME, OWNER, readStat, signIn } from "./demo-users";
import { registerAndBoot, reportTelemetry } from "./device-helpers";

/*
 * Charts that do not lie: one device on its own firmware reports two bursts of interactions
 * with about forty silent minutes between them. "Last hour" must span the whole hour and break
 * its lines over the silence rather than bridge it; the voice charts show only the voice SLO;
 * a comparison with a handful of interactions says so instead of printing a percentage.
 */

const MINUTE = 60_000;

/** The number of separate pieces of an SVG path: one "M" (move to) each. */
const segments = async (path: Locator) => ((await path.getAttribute("d")) ?? "").match(/M/g)?.length ?? 0;

test("a range with a silence draws gaps, the voice SLO alone, and refuses to compare too few interactions", async ({ page, request, baseURL }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const firmware = `9.${stamp}`.slice(0, 32);
  await signIn(page, OWNER);
  const { gateway, boot } = await registerAndBoot(page, request, baseURL, `GAP-${stamp}`, firmware);

  // Three minutes with two interactions each, 52 to 50 minutes ago, then three 10 to 8 minutes ago.
  // From the start of the current minute: each minute's two interactions (1 s apart) then fall in one
  // bucket, whatever the second (from a clock at :59, the second one spilled into the next minute).
  const now = Math.floor(Date.now() / MINUTE) * MINUTE;
  const burst = (minutesAgo: number[]) =>
    minutesAgo.flatMap((m) => [0, 1].map((i) => ({ at: new Date(now - m * MINUTE + i * 1_000).toISOString(), kind: "voice", e2eMs: 700 + 40 * m + 10 * i, agentId: "kids-companion" })));
  await reportTelemetry(request, gateway, boot.session.token, [...burst([52, 51, 50]), ...burst([10, 9, 8])]);

  await page.goto(`/o/${ACME.slug}/latency?range=1h&firmware=${encodeURIComponent(firmware)}`);
  await expect(async () => {
    await page.reload();
    expect(await readStat(page, "Latency summary", "Interactions")).toBe(12);
  }).toPass({ timeout: 60_000, intervals: [2_000] });

  await test.step("the percentile chart spans the hour and breaks its lines over the silence", async () => {
    const chart = page.getByRole("region", { name: "End-to-end latency percentiles" });
    // 6 minutes with data out of the hour's 60 or 61 buckets; the summary names the gap.
    await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /^End-to-end voice latency, 6 points per minute \(5[45] minutes without data\): .*; voice SLO 1,000 ms\.$/);
    const curves = chart.locator(".recharts-line-curve");
    await expect(curves).toHaveCount(3);
    for (const curve of await curves.all()) expect(await segments(curve)).toBe(2);
    // The x axis is the hour, not the data's extent: the first burst (52 minutes ago) starts
    // and the last (8 minutes ago) ends well inside the plot, about 13 % from either edge.
    const grid = chart.locator(".recharts-cartesian-grid-horizontal line").first();
    const [left, right] = [Number(await grid.getAttribute("x1")), Number(await grid.getAttribute("x2"))];
    const xs = [...((await curves.nth(1).getAttribute("d")) ?? "").matchAll(/[ML]([\d.]+),/g)].map((match) => Number(match[1]));
    expect((Math.min(...xs) - left) / (right - left)).toBeGreaterThan(0.08);
    expect((right - Math.max(...xs)) / (right - left)).toBeGreaterThan(0.08);
    // Pointing into the silence (about 30 minutes ago) names the minute and says there is no data.
    const plot = chart.locator(".recharts-cartesian-grid");
    const box = (await plot.boundingBox())!;
    await plot.hover({ position: { x: box.width / 2, y: box.height / 2 }, force: true });
    const tooltip = chart.locator(".recharts-tooltip-wrapper");
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(/\d{2}:\d{2}/);
    await expect(tooltip).toContainText("p95 : no data");
  });

  await test.step("the attainment line and the stacked stages break there too", async () => {
    const attainment = page.getByRole("region", { name: "SLO attainment over time" }).locator(".recharts-line-curve");
    expect(await segments(attainment)).toBe(2);
    const stages = page.getByRole("region", { name: "Stage breakdown" }).locator(".recharts-area-curve");
    await expect(stages).toHaveCount(4);
    for (const stage of await stages.all()) expect(await segments(stage)).toBe(2);
  });

  await test.step("the voice charts show the voice SLO alone", async () => {
    for (const name of ["End-to-end latency percentiles", "Latency distribution"]) {
      const chart = page.getByRole("region", { name });
      await expect(chart.locator(".recharts-reference-line")).toHaveCount(1);
      await expect(chart.getByText("Voice SLO 1.0 s")).toBeVisible();
      await expect(chart.getByText("Video SLO 1.5 s")).toHaveCount(0);
    }
  });

  await test.step("a comparison with 12 interactions on one side says there is not enough data", async () => {
    await page.goto(`/o/${ACME.slug}/latency?range=1h&cmp=firmware&a=${encodeURIComponent(firmware)}&b=1.4.2`);
    const compare = page.getByRole("region", { name: "Compare releases" });
    // Its two series load after the page's other charts; on a busy machine that can take a while.
    await expect(compare.getByRole("table", { name: "Comparison" })).toBeVisible({ timeout: 30_000 });
    await expect(compare.getByRole("note")).toHaveText(/^Not enough data \(n = 12 vs [\d,]+; need 100 per side\)\./);
    const table = compare.getByRole("table", { name: "Comparison" });
    await expect(table.getByRole("columnheader", { name: /^A · 9\..*n = 12$/ })).toBeVisible();
    const p95Row = table.getByRole("row").filter({ hasText: /^p95/ });
    await expect(p95Row).toContainText("Not enough data");
    await expect(p95Row).not.toContainText("%");
    await expect(p95Row.getByText("B slower")).toHaveCount(0);
    await expect(compare.locator(".recharts-reference-line")).toHaveCount(1);
  });
});
