/*
 * The event catalog (docs/webhooks.md; contract: device-api.md "Webhooks"): every meaningful
 * change to an organization's fleet, licenses and configs is recorded as one of these, in the
 * same transaction as the change. Webhooks, alerts and the console's notifications read them.
 */

export const EVENT_TYPES = {
  "device.activated": "A device booted for the first time and took a seat.",
  "device.suspended": "A device was suspended: it cannot boot or refresh until resumed.",
  "device.revoked": "A device was revoked for good: it can never boot again.",
  "config.published": "A SKU's new config version went live for every device.",
  "rollout.started": "A SKU's new config version started a staged rollout.",
  "rollout.promoted": "A rollout was widened to its next step by hand.",
  "rollout.advanced": "A rollout widened by itself when its step time elapsed.",
  "rollout.paused": "A rollout's step clock was stopped.",
  "rollout.resumed": "A paused rollout's step clock runs again.",
  "rollout.completed": "A rollout reached every device: its version is live.",
  "rollout.rolled_back": "A rollout's latency gate failed: every device is back on the old version.",
  "rollout.aborted": "A rollout was aborted by hand: every device is back on the old version.",
  "seats.low": "License seat use crossed 70, 90 or 100 %.",
  "seats.expiring": "A seat term ends in 30, 7 or 1 days (a reminder to renew).",
  "seats.expired": "A seat term ended: its seats left the pool; devices using them are in their grace period.",
  "seats.reclaimed": "An expired term's grace period ended: seats in use beyond the pool were taken back from devices.",
  "order.paid": "A license order was paid: its seats were added.",
  "order.refunded": "A license order was refunded, in part or in full.",
  "slo.breached": "A latency alert fired: p95 over the rule's window is above its threshold.",
  "slo.recovered": "A latency alert resolved: p95 is back under 90 % of its threshold.",
  "alert.triggered": "A seats-low or devices-offline alert rule fired.",
  "alert.resolved": "A seats-low or devices-offline alert rule resolved.",
  "api_key.created": "An API key was created for the organization.",
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];
