import { expect, test } from "@playwright/test";
import { formatDate } from "../src/lib/format";
import { linkIn, waitForMail } from "./mailbox";

test("a new owner creates an organization, onboards a teammate and manages an API key", async ({ browser, page, request }) => {
  // Two users through sign-up, invitation, role changes and keys: more pages than one minute allows on a loaded machine.
  test.setTimeout(120_000);
  const stamp = Date.now();
  const owner = { name: "Olivia Owner", email: `owner-${stamp}@example.com`, password: "owner-password-123" };
  const teammate = { name: "Theo Teammate", email: `teammate-${stamp}@example.com`, password: "teammate-password-123" };
  const org = { name: `Robo Toys ${stamp}`, slug: `robo-toys-${stamp}` };
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);

  await test.step("sign up", async () => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill(owner.name);
    await page.getByLabel("Work email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL("/orgs/new");
    // An unproven address owns nothing: no organization before the email is confirmed.
    await expect(page.getByText(/cannot create or join an organization/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Create organization" })).toHaveCount(0);
  });

  await test.step("confirm the email from the link in the mail", async () => {
    const mail = await waitForMail(owner.email, /Confirm your email/);
    await page.goto(linkIn(mail));
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await expect(page.getByRole("status")).toContainText(`${owner.email} is confirmed`);
    await page.getByRole("link", { name: "Continue" }).click();
    await expect(page).toHaveURL("/orgs/new");
  });

  await test.step("create an organization", async () => {
    await page.getByLabel("Organization name").fill(org.name);
    // The slug follows the name until it is edited.
    await expect(page.getByLabel("URL slug")).toHaveValue(org.slug);
    await page.getByRole("button", { name: "Create organization" }).click();
    await expect(page).toHaveURL(`/o/${org.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: org.name })).toBeVisible();
    // The owner may take every first step, and none is done yet.
    await expect(page.getByText(/0 of 4 done/)).toBeVisible();
    await expect(page.getByRole("list", { name: "Get started steps" }).getByRole("listitem")).toHaveCount(4);
  });

  let inviteLink = "";
  await test.step("invite a teammate as developer", async () => {
    await page.getByRole("link", { name: /Invite your team/ }).click();
    await expect(page).toHaveURL(`/o/${org.slug}/settings/members`);
    await page.getByLabel("Email", { exact: true }).fill(teammate.email);
    await page.getByLabel("Role", { exact: true }).selectOption("DEVELOPER");
    await page.getByRole("button", { name: "Send invite" }).click();
    inviteLink = await page.getByLabel("Invite link").inputValue();
    expect(inviteLink).toContain("/invite/");
    const pending = page.getByRole("table", { name: "Pending invitations" });
    await expect(pending.getByRole("row", { name: new RegExp(teammate.email) })).toContainText("Developer");
    await page.goto(`/o/${org.slug}`);
    await expect(page.getByRole("link", { name: /Invite your team \(done\)/ })).toBeVisible();
    await expect(page.getByText(/1 of 4 done/)).toBeVisible();
    await page.getByRole("link", { name: /Invite your team/ }).click();
    await expect(page).toHaveURL(`/o/${org.slug}/settings/members`);
  });

  const teammateContext = await browser.newContext();
  const teammatePage = await teammateContext.newPage();
  await test.step("the teammate chooses a password on the invitation page and joins", async () => {
    // The invitation was mailed too; the link in the mail is the one the owner saw.
    expect(linkIn(await waitForMail(teammate.email, /invited to/))).toBe(inviteLink);
    await teammatePage.goto(inviteLink);
    await expect(teammatePage.getByRole("heading", { name: `Join ${org.name}` })).toBeVisible();
    await expect(teammatePage.getByText(`Choose a password for ${teammate.email} to join.`)).toBeVisible();
    await teammatePage.getByLabel("Your name").fill(teammate.name);
    await teammatePage.getByLabel("Password", { exact: true }).fill(teammate.password);
    await teammatePage.getByLabel("Repeat the password").fill(teammate.password);
    await teammatePage.getByRole("button", { name: "Join" }).click();
    await expect(teammatePage).toHaveURL(`/o/${org.slug}`);
    await expect(teammatePage.getByRole("heading", { level: 1, name: org.name })).toBeVisible();
    await expect(teammatePage.getByRole("main").getByText("Developer", { exact: true })).toBeVisible();
    // A developer is shown only the step a developer may take.
    const steps = teammatePage.getByRole("list", { name: "Get started steps" }).getByRole("listitem");
    await expect(steps).toHaveCount(1);
    await expect(steps).toContainText("Register SKUs");
  });

  await test.step("the owner makes the teammate a viewer", async () => {
    await page.reload();
    const roleSelect = page.getByLabel(`Role for ${teammate.name}`);
    await expect(roleSelect).toHaveValue("DEVELOPER");
    await roleSelect.selectOption("VIEWER");
    await expect(roleSelect).toHaveValue("VIEWER");
    await expect(roleSelect).toBeEnabled();
    await page.reload();
    await expect(page.getByLabel(`Role for ${teammate.name}`)).toHaveValue("VIEWER");
    await teammatePage.reload();
    await expect(teammatePage.getByRole("main").getByText("Viewer", { exact: true })).toBeVisible();
    // A viewer may take none of the first steps: no "Get started" at all.
    await expect(teammatePage.getByRole("heading", { name: "Get started" })).toHaveCount(0);
  });
  await teammateContext.close();

  let key = "";
  await test.step("the owner creates an API key and copies it", async () => {
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "API keys" }).click();
    await page.getByLabel("Name").fill("Factory line");
    await page.getByRole("checkbox", { name: /^licenses:read/ }).check();
    await expect(page.getByLabel("Expires")).toHaveValue("90"); // keys expire unless someone chooses otherwise
    await page.getByLabel("Expires").selectOption("30");
    await page.getByRole("button", { name: "Create key" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("will not be shown again");
    key = await dialog.getByLabel("API key").inputValue();
    expect(key).toMatch(/^anima_sk_/);
    await dialog.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(dialog.getByRole("button", { name: "Copied", exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await dialog.getByRole("button", { name: "I have copied the key" }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole("table", { name: "API keys" }).getByRole("row", { name: /Factory line/ });
    await expect(row).toContainText("Active");
    await expect(row).toContainText(formatDate(new Date(Date.now() + 30 * 86_400_000)));
  });

  await test.step("the key authenticates against the API", async () => {
    const response = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${key}` } });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { result: { data: { orgId: string; scopes: string[] } } };
    expect(body.result.data.orgId).toBeTruthy();
    expect(body.result.data.scopes).toEqual(["licenses:read"]);
  });

  await test.step("revoking the key in the console locks it out", async () => {
    await page.getByRole("button", { name: "Revoke Factory line" }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText("Revoke “Factory line”?");
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await expect(confirm).toBeHidden();
    const row = page.getByRole("table", { name: "API keys" }).getByRole("row", { name: /Factory line/ });
    await expect(row).toContainText("Revoked");
    const response = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${key}` } });
    expect(response.status()).toBe(401);
  });
});
