import { expect, type Page } from "@playwright/test";
import { linkIn } from "../src/testing/mail-sink";
import type { SunkMail } from "../src/testing/mail-sink";

/** Same arithmetic as playwright.config.ts: the mail sink's HTTP port is the console's + 2. */
const MAIL_API = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 2}`;

/** Waits for the `nth` mail (1-based, default the first) to `email` whose subject matches, and returns it. */
export async function waitForMail(email: string, subject: RegExp, nth = 1): Promise<SunkMail> {
  let found: SunkMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await fetch(`${MAIL_API}/mails?to=${encodeURIComponent(email)}`)).json()) as SunkMail[];
        found = mails.filter((mail) => subject.test(mail.subject))[nth - 1];
        return Boolean(found);
      },
      { message: `mail "${subject.source}" #${nth} to ${email}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

export { linkIn };

/**
 * Signs up on the console and confirms the address with the link mailed to it, as a new
 * owner does before creating an organization. Ends on /orgs/new with the create form shown.
 */
export async function signUpAndConfirm(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/orgs/new");
  await page.goto(linkIn(await waitForMail(email, /Confirm your email/)));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByLabel("Organization name")).toBeVisible();
}
