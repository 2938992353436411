/*
 * The console's message catalogs, one JSON file per namespace and language (docs/i18n.md).
 * English is the source: its shape is the `Messages` type, so a key used in code but missing in
 * English fails to compile, and a Simplified Chinese catalog missing a key fails to compile too.
 * src/i18n/catalogs.test.ts checks the rest (no extra keys, same placeholders, nothing empty).
 */
import enAccount from "./en/account.json";
import enAlerts from "./en/alerts.json";
import enApiDocs from "./en/apiDocs.json";
import enApiKeys from "./en/apiKeys.json";
import enAudit from "./en/audit.json";
import enAuth from "./en/auth.json";
import enBilling from "./en/billing.json";
import enCommon from "./en/common.json";
import enDashboard from "./en/dashboard.json";
import enDevices from "./en/devices.json";
import enEconomics from "./en/economics.json";
import enErrors from "./en/errors.json";
import enFleet from "./en/fleet.json";
import enInvitations from "./en/invitations.json";
import enLicenses from "./en/licenses.json";
import enMail from "./en/mail.json";
import enMembers from "./en/members.json";
import enNotifications from "./en/notifications.json";
import enOperator from "./en/operator.json";
import enOrganizations from "./en/organizations.json";
import enPdf from "./en/pdf.json";
import enQuotes from "./en/quotes.json";
import enRollouts from "./en/rollouts.json";
import enSettings from "./en/settings.json";
import enSkuConfig from "./en/skuConfig.json";
import enSkus from "./en/skus.json";
import enWebhooks from "./en/webhooks.json";
import zhAccount from "./zh-CN/account.json";
import zhAlerts from "./zh-CN/alerts.json";
import zhApiDocs from "./zh-CN/apiDocs.json";
import zhApiKeys from "./zh-CN/apiKeys.json";
import zhAudit from "./zh-CN/audit.json";
import zhAuth from "./zh-CN/auth.json";
import zhBilling from "./zh-CN/billing.json";
import zhCommon from "./zh-CN/common.json";
import zhDashboard from "./zh-CN/dashboard.json";
import zhDevices from "./zh-CN/devices.json";
import zhEconomics from "./zh-CN/economics.json";
import zhErrors from "./zh-CN/errors.json";
import zhFleet from "./zh-CN/fleet.json";
import zhInvitations from "./zh-CN/invitations.json";
import zhLicenses from "./zh-CN/licenses.json";
import zhMail from "./zh-CN/mail.json";
import zhMembers from "./zh-CN/members.json";
import zhNotifications from "./zh-CN/notifications.json";
import zhOperator from "./zh-CN/operator.json";
import zhOrganizations from "./zh-CN/organizations.json";
import zhPdf from "./zh-CN/pdf.json";
import zhQuotes from "./zh-CN/quotes.json";
import zhRollouts from "./zh-CN/rollouts.json";
import zhSettings from "./zh-CN/settings.json";
import zhSkuConfig from "./zh-CN/skuConfig.json";
import zhSkus from "./zh-CN/skus.json";
import zhWebhooks from "./zh-CN/webhooks.json";
import type { Locale } from "@/i18n/locales";

const en = { common: enCommon, auth: enAuth, errors: enErrors, account: enAccount, alerts: enAlerts, apiDocs: enApiDocs, apiKeys: enApiKeys, audit: enAudit, billing: enBilling, dashboard: enDashboard, devices: enDevices, economics: enEconomics, fleet: enFleet, invitations: enInvitations, licenses: enLicenses, mail: enMail, members: enMembers, notifications: enNotifications, operator: enOperator, organizations: enOrganizations, pdf: enPdf, quotes: enQuotes, rollouts: enRollouts, settings: enSettings, skuConfig: enSkuConfig, skus: enSkus, webhooks: enWebhooks };

export type Messages = typeof en;

const zhCN: Messages = { common: zhCommon, auth: zhAuth, errors: zhErrors, account: zhAccount, alerts: zhAlerts, apiDocs: zhApiDocs, apiKeys: zhApiKeys, audit: zhAudit, billing: zhBilling, dashboard: zhDashboard, devices: zhDevices, economics: zhEconomics, fleet: zhFleet, invitations: zhInvitations, licenses: zhLicenses, mail: zhMail, members: zhMembers, notifications: zhNotifications, operator: zhOperator, organizations: zhOrganizations, pdf: zhPdf, quotes: zhQuotes, rollouts: zhRollouts, settings: zhSettings, skuConfig: zhSkuConfig, skus: zhSkus, webhooks: zhWebhooks };

export const CATALOGS: Record<Locale, Messages> = { en, "zh-CN": zhCN };
