/*
 * The console's notification bell: which events each role hears about (how one reads:
 * src/server/modules/notifications/describe-event.ts).
 * Roles are not a ladder: sales hear about seats and orders, developers about configs,
 * rollouts and alerts. Device activations are never in the bell (a launch would bury the rest).
 */
import type { Role } from "@/generated/prisma/enums";
import type { EventType } from "./events";

const FLEET_HEALTH: EventType[] = ["slo.breached", "slo.recovered", "alert.triggered", "alert.resolved"];
const RELEASES: EventType[] = ["config.published", "rollout.started", "rollout.completed", "rollout.rolled_back", "rollout.aborted"];
const MONEY: EventType[] = ["seats.low", "seats.expiring", "seats.expired", "seats.reclaimed", "order.paid", "order.refunded"];

export const NOTIFIED_TYPES: Record<Role, EventType[]> = {
  OWNER: [...FLEET_HEALTH, ...RELEASES, ...MONEY, "device.suspended", "device.revoked", "api_key.created"],
  ADMIN: [...FLEET_HEALTH, ...RELEASES, ...MONEY, "device.suspended", "device.revoked", "api_key.created"],
  DEVELOPER: [...FLEET_HEALTH, ...RELEASES, "device.suspended", "device.revoked"],
  SALES: [...MONEY],
  VIEWER: [...FLEET_HEALTH, ...RELEASES],
};
