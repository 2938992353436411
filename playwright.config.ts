import { defineConfig, devices } from "@playwright/test";
import { OPERATOR_PASSWORD } from "./e2e/demo-users";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
/** The mailbox the console sends to (e2e/mail-sink.ts), read by the tests through e2e/mailbox.ts. */
const mailApiPort = port + 2;
const smtpPort = port + 3;

/**
 * End-to-end tests in Debian's Chromium (Playwright cannot download its own browser here)
 * against the production build, started on a fresh database.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    // Specs that assert times are written for a viewer in UTC (time-zones.spec.ts sets its own).
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: "node_modules/.bin/tsx e2e/mail-sink.ts",
      url: `http://127.0.0.1:${mailApiPort}/mails`,
      reuseExistingServer: false,
      env: { E2E_SMTP_PORT: String(smtpPort), E2E_MAIL_PORT: String(mailApiPort) },
    },
    {
      command: "node_modules/.bin/tsx --conditions=react-server scripts/start.ts",
      // SIGTERM lets the start script stop the console and drop the run's database.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      url: `${baseURL}/api/auth/providers`,
      // the production build runs first: minutes on a shared 2-core machine
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(port),
        DEVICE_GATEWAY_PORT: String(port + 1),
        ANIMA_FRESH_DB: "1",
        // Purchases go through the test-mode checkout on any database (CI runs on a real server,
        // where local payments never turn on by themselves).
        PAYMENTS_MODE: "local",
        ANIMA_SEED_DEMO: "1",
        // On PostgreSQL (CI) the demo operator would otherwise get a random password.
        ANIMA_DEMO_OPERATOR_PASSWORD: OPERATOR_PASSWORD,
        NEXTAUTH_URL: baseURL,
        PUBLIC_URL: baseURL,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-000000",
        DEVICE_SECRET_KEY: process.env.DEVICE_SECRET_KEY ?? "e2e-only-device-secret-key-0123456789",
        SIGNING_KEY_SECRET: process.env.SIGNING_KEY_SECRET ?? "e2e-only-signing-key-secret-0123456789",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        // webhooks.spec.ts posts to the mail sink's HTTP port on this machine.
        WEBHOOK_ALLOW_PRIVATE_URLS: "1",
        // alerts.spec.ts waits for a rule to fire.
        ALERTS_EVERY_SECONDS: "5",
      },
    },
  ],
});
