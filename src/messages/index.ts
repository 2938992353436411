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
import enEconomics from "./en/economics.json";
import enErrors from "./en/errors.json";
import enLicenses from "./en/licenses.json";
import enOperator from "./en/operator.json";
import enQuotes from "./en/quotes.json";
import zhAuth from "./zh-CN/auth.json";
import zhBilling from "./zh-CN/billing.json";
import zhCommon from "./zh-CN/common.json";
import zhDevices from "./zh-CN/devices.json";
import zhEconomics from "./zh-CN/economics.json";
import zhErrors from "./zh-CN/errors.json";
import zhLicenses from "./zh-CN/licenses.json";
import zhOperator from "./zh-CN/operator.json";
import zhQuotes from "./zh-CN/quotes.json";
import type { Locale } from "@/i18n/locales";

const en = { common: enCommon, auth: enAuth, errors: enErrors, licenses: enLicenses, quotes: enQuotes, billing: enBilling, devices: enDevices, operator: enOperator, economics: enEconomics };

export type Messages = typeof en;

const zhCN: Messages = { common: zhCommon, auth: zhAuth, errors: zhErrors, licenses: zhLicenses, quotes: zhQuotes, billing: zhBilling, devices: zhDevices, operator: zhOperator, economics: zhEconomics };

export const CATALOGS: Record<Locale, Messages> = { en, "zh-CN": zhCN };
