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
import enMail from "./en/mail.json";
import enPdf from "./en/pdf.json";
import enQuotes from "./en/quotes.json";
import zhAuth from "./zh-CN/auth.json";
import zhBilling from "./zh-CN/billing.json";
import zhCommon from "./zh-CN/common.json";
import zhDevices from "./zh-CN/devices.json";
import zhErrors from "./zh-CN/errors.json";
import zhLicenses from "./zh-CN/licenses.json";
import zhMail from "./zh-CN/mail.json";
import zhPdf from "./zh-CN/pdf.json";
import zhQuotes from "./zh-CN/quotes.json";
import type { Locale } from "@/i18n/locales";

const en = { common: enCommon, auth: enAuth, errors: enErrors, licenses: enLicenses, quotes: enQuotes, billing: enBilling, devices: enDevices, mail: enMail, pdf: enPdf };

export type Messages = typeof en;

const zhCN: Messages = { common: zhCommon, auth: zhAuth, errors: zhErrors, licenses: zhLicenses, quotes: zhQuotes, billing: zhBilling, devices: zhDevices, mail: zhMail, pdf: zhPdf };

export const CATALOGS: Record<Locale, Messages> = { en, "zh-CN": zhCN };
