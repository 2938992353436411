/*
 * The console's message catalogs, one JSON file per namespace and language (docs/i18n.md).
 * English is the source: its shape is the `Messages` type, so a key used in code but missing in
 * English fails to compile, and a Simplified Chinese catalog missing a key fails to compile too.
 * src/i18n/catalogs.test.ts checks the rest (no extra keys, same placeholders, nothing empty).
 */
import enAuth from "./en/auth.json";
import enBilling from "./en/billing.json";
import enCommon from "./en/common.json";
import enDevices from "./en/devices.json";
import enErrors from "./en/errors.json";
import enLicenses from "./en/licenses.json";
import enQuotes from "./en/quotes.json";
import enOrganizations from "./en/organizations.json";
import enAudit from "./en/audit.json";
import enWebhooks from "./en/webhooks.json";
import enApiKeys from "./en/apiKeys.json";
import enMembers from "./en/members.json";
import enSettings from "./en/settings.json";
import zhAuth from "./zh-CN/auth.json";
import zhBilling from "./zh-CN/billing.json";
import zhCommon from "./zh-CN/common.json";
import zhDevices from "./zh-CN/devices.json";
import zhErrors from "./zh-CN/errors.json";
import zhLicenses from "./zh-CN/licenses.json";
import zhQuotes from "./zh-CN/quotes.json";
import zhOrganizations from "./zh-CN/organizations.json";
import zhAudit from "./zh-CN/audit.json";
import zhWebhooks from "./zh-CN/webhooks.json";
import zhApiKeys from "./zh-CN/apiKeys.json";
import zhMembers from "./zh-CN/members.json";
import zhSettings from "./zh-CN/settings.json";
import type { Locale } from "@/i18n/locales";

const en = { common: enCommon, auth: enAuth, errors: enErrors, licenses: enLicenses, quotes: enQuotes, billing: enBilling, devices: enDevices, settings: enSettings, members: enMembers, apiKeys: enApiKeys, webhooks: enWebhooks, audit: enAudit, organizations: enOrganizations };

export type Messages = typeof en;

const zhCN: Messages = { common: zhCommon, auth: zhAuth, errors: zhErrors, licenses: zhLicenses, quotes: zhQuotes, billing: zhBilling, devices: zhDevices, settings: zhSettings, members: zhMembers, apiKeys: zhApiKeys, webhooks: zhWebhooks, audit: zhAudit, organizations: zhOrganizations };

export const CATALOGS: Record<Locale, Messages> = { en, "zh-CN": zhCN };
