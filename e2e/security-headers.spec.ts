import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { ACME, OPERATOR, OWNER, signIn } from "./demo-users";

const policiesOf = (response: APIResponse) =>
  response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy").map(({ value }) => value);

const directive = (policy: string, name: string) =>
  policy.split(";").map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? "";

/** The page's one policy and the nonce its script-src allows. */
async function pagePolicy(page: APIResponse) {
  const policies = policiesOf(page);
  expect(policies, "exactly one policy").toHaveLength(1);
  const scriptSrc = directive(policies[0]!, "script-src");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
  return { scriptSrc, nonce };
}

test("every page and API answer carries the security headers, and exactly one policy", async ({ request }) => {
  for (const path of ["/sign-in", "/no-such-page", "/api", "/api/v1/me", "/api/auth/providers"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const policies = policiesOf(response);
    expect(policies, path).toHaveLength(1);
    expect(policies[0], path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  // API answers are data: they may load nothing at all.
  expect(policiesOf(await request.get("/api/v1/me"))[0]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("a page's scripts run by a fresh nonce, never by 'unsafe-inline', and every script tag carries it", async ({ request }) => {
  const seen = new Set<string>();
  // /no-such-page is the not-found page, which Next.js would otherwise prerender at build.
  for (const path of ["/sign-in", "/sign-in", "/no-such-page"]) {
    const response = await request.get(path);
    const { scriptSrc, nonce } = await pagePolicy(response);
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(scriptSrc, path).toContain("'strict-dynamic'");
    expect(nonce, path).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    seen.add(nonce!);

    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    // Inline bootstrap and flight data as well as the chunks: all must carry this request's nonce.
    expect(scripts.filter((tag) => !/\bsrc=/.test(tag)).length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(seen.size, "one nonce per request").toBe(3);
});

/** Collects every CSP violation (the DOM event and Chromium's console report) and page error. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(`${page.url()}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      void report(`${event.effectiveDirective} refused ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => violations.push(`${page.url()}: page error ${error.message}`));
  return violations;
}

const heading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name, exact: true });
const nav = (page: Page, name: string) => page.getByRole("navigation", { name: "Console" }).getByRole("link", { name, exact: true });

test("the main pages run under the policy without a single violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);

  await test.step("sign in and land on the home page", async () => {
    await signIn(page, OWNER);
    await expect(page).toHaveURL(`/o/${ACME.slug}`);
    await expect(heading(page, ACME.name)).toBeVisible();
  });

  await test.step("devices: the list and one device", async () => {
    await nav(page, "Devices").click();
    await expect(heading(page, "Devices")).toBeVisible();
    const table = page.getByRole("table", { name: "Devices" });
    await table.getByRole("row").nth(1).getByRole("link").first().click();
    await expect(page.getByRole("list", { name: "Device history" })).toBeVisible();
  });

  await test.step("SKU config composer: drag an agent from the catalog into the lineup with the mouse", async () => {
    const stamp = Date.now().toString(36).toUpperCase();
    await page.goto(`/o/${ACME.slug}/skus/new`);
    await page.getByLabel("Name", { exact: true }).fill(`CSP Bear ${stamp}`);
    await page.getByLabel("Code", { exact: true }).fill(`CSP-${stamp}`);
    await page.getByLabel("Kind", { exact: true }).selectOption("toy");
    await page.getByLabel("Microphone", { exact: true }).check();
    await page.getByLabel("Speaker", { exact: true }).check();
    await page.getByRole("button", { name: "Create SKU" }).click();
    await page.getByRole("link", { name: "Configure agents" }).click();
    await expect(heading(page, "Agent configuration")).toBeVisible();

    // Tall enough for the first catalog agent and the empty lineup to be in view together.
    await page.setViewportSize({ width: 1280, height: 1600 });
    const handle = page.getByRole("list", { name: "Catalog agents" }).getByRole("button", { name: /^Drag .* into the lineup$/ }).first();
    const agent = (await handle.getAttribute("aria-label"))!.replace(/^Drag (.*) into the lineup$/, "$1");
    const target = page.getByText("Drag agents here from the catalog, or use their Add button.");
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Past the sensor's 6 px activation distance, then onto the drop zone in steps.
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2 + 20, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect(page.getByRole("list", { name: "Lineup agents" }).getByRole("heading", { level: 3 })).toHaveText([agent]);
  });

  await test.step("latency and usage charts", async () => {
    await nav(page, "Latency").click();
    await expect(page.getByRole("region", { name: "End-to-end latency percentiles" }).locator(".recharts-line")).toHaveCount(3);
    await nav(page, "Usage").click();
    await expect(heading(page, "Usage")).toBeVisible();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
  });

  await test.step("licenses and settings", async () => {
    await nav(page, "Licenses").click();
    await expect(heading(page, "Licenses")).toBeVisible();
    await nav(page, "Settings").click();
    await expect(heading(page, "Settings")).toBeVisible();
    for (const path of ["members", "api-keys", "audit-log"]) {
      await page.goto(`/o/${ACME.slug}/settings/${path}`);
      await expect(heading(page, "Settings")).toBeVisible();
    }
  });

  await test.step("a page that does not exist", async () => {
    await page.goto("/no-such-page");
    await page.getByRole("link", { name: "Go to your console" }).click();
    await expect(page).toHaveURL(`/o/${ACME.slug}`);
  });

  await test.step("sign out from the user menu, sign in as the operator", async () => {
    await page.getByRole("button", { name: /^Account: / }).click();
    await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, OPERATOR, { goto: false });
    await page.goto("/operator");
    await expect(heading(page, "Operator")).toBeVisible();
    await expect(page.getByRole("table", { name: "Organizations" })).toBeVisible();
  });

  expect(violations).toEqual([]);
});

test("the manufacturer API refuses a request without a key with a JSON 401", async ({ request }) => {
  const response = await request.get("/api/v1/me");
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: { data: { code: "UNAUTHORIZED", reason: "INVALID_API_KEY" } } });
});
