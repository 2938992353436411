import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { CATALOGS } from "@/messages";
import type { EventType } from "@/shared/events";

/*
 * How an event reads in the bell, in the reader's console language (the `notifications`
 * catalog, keyed by event type). Only the bell words events: webhooks and the API send the
 * event's type and data, never this line.
 */

type Data = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

const alertPath = (data: Data) => `/alerts/${text(data.alertRuleId)}`;
const rolloutsPath = (data: Data) => `/skus/${text(data.skuId)}/config/rollouts`;
const devicePath = (data: Data) => `/devices/${text(data.deviceId)}`;
const licenses = () => "/licenses";

/** The console page (relative to /o/<slug>) each worded event points to. */
const PATHS = {
  "slo.breached": alertPath,
  "slo.recovered": alertPath,
  "alert.triggered": alertPath,
  "alert.resolved": alertPath,
  "config.published": (data) => `/skus/${text(data.skuId)}/config`,
  "rollout.started": rolloutsPath,
  "rollout.completed": rolloutsPath,
  "rollout.rolled_back": rolloutsPath,
  "rollout.aborted": rolloutsPath,
  "seats.low": licenses,
  "seats.expiring": licenses,
  "seats.expired": licenses,
  "seats.reclaimed": licenses,
  "order.paid": licenses,
  "order.refunded": licenses,
  "device.suspended": devicePath,
  "device.revoked": devicePath,
  "api_key.created": () => "/settings/api-keys",
} satisfies Partial<Record<EventType, (data: Data) => string>>;

type Worded = keyof typeof PATHS;
const isWorded = (type: string): type is Worded => Object.hasOwn(PATHS, type);

/** One event as a line of the bell, and the page it points to; an event type without wording reads as its type. */
export function describeEvent(type: string, data: Data, locale: Locale = DEFAULT_LOCALE): { title: string; path: string } {
  if (!isWorded(type)) return { title: type, path: "" };
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "notifications" });
  // Every message takes what it needs from the same values; numbers print as the event stored them.
  const title = t(type, {
    name: text(data.name),
    kind: text(data.interactionKind),
    value: typeof data.value === "number" ? Math.round(data.value).toLocaleString(locale === "en" ? "en-US" : locale) : "",
    threshold: text(data.threshold),
    sku: text(data.sku),
    configVersion: text(data.configVersion),
    version: text(data.toVersion),
    level: text(data.level),
    seatsUsed: text(data.seatsUsed),
    seatsTotal: text(data.seatsTotal),
    seats: text(data.seats),
    days: typeof data.days === "number" ? data.days : Number(text(data.days)),
    seatsAdded: text(data.seatsAdded),
    seatsRemoved: text(data.seatsRemoved),
    serial: text(data.serial),
  });
  return { title, path: PATHS[type](data) };
}
