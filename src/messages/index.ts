/*
 * The console's message catalogs, one JSON file per namespace and language (docs/i18n.md).
 * English is the source: its shape is the `Messages` type, so a key used in code but missing in
 * English fails to compile, and a Simplified Chinese catalog missing a key fails to compile too.
 * src/i18n/catalogs.test.ts checks the rest (no extra keys, same placeholders, nothing empty).
 */
import enAlerts from "./en/alerts.json";
import enAuth from "./en/auth.json";
import enBilling from "./en/billing.json";
import enCommon from "./en/common.json";
import enDashboard from "./en/dashboard.json";
import enDevices from "./en/devices.json";
import enEconomics from "./en/economics.json";
import enErrors from "./en/errors.json";
import enFleet from "./en/fleet.json";
import enLicenses from "./en/licenses.json";
import enOperator from "./en/operator.json";
import enQuotes from "./en/quotes.json";
import enSkuConfig from "./en/skuConfig.json";
import enSkus from "./en/skus.json";
import zhAlerts from "./zh-CN/alerts.json";
import zhAuth from "./zh-CN/auth.json";
import zhBilling from "./zh-CN/billing.json";
import zhCommon from "./zh-CN/common.json";
import zhDashboard from "./zh-CN/dashboard.json";
import zhDevices from "./zh-CN/devices.json";
import zhEconomics from "./zh-CN/economics.json";
import zhErrors from "./zh-CN/errors.json";
import zhFleet from "./zh-CN/fleet.json";
import zhLicenses from "./zh-CN/licenses.json";
import zhOperator from "./zh-CN/operator.json";
import zhQuotes from "./zh-CN/quotes.json";
import zhSkuConfig from "./zh-CN/skuConfig.json";
import zhSkus from "./zh-CN/skus.json";
import type { Locale } from "@/i18n/locales";

const en = { common: enCommon, auth: enAuth, errors: enErrors, alerts: enAlerts, billing: enBilling, dashboard: enDashboard, devices: enDevices, economics: enEconomics, fleet: enFleet, licenses: enLicenses, operator: enOperator, quotes: enQuotes, skuConfig: enSkuConfig, skus: enSkus };

export type Messages = typeof en;

const zhCN: Messages = { common: zhCommon, auth: zhAuth, errors: zhErrors, alerts: zhAlerts, billing: zhBilling, dashboard: zhDashboard, devices: zhDevices, economics: zhEconomics, fleet: zhFleet, licenses: zhLicenses, operator: zhOperator, quotes: zhQuotes, skuConfig: zhSkuConfig, skus: zhSkus };

export const CATALOGS: Record<Locale, Messages> = { en, "zh-CN": zhCN };
