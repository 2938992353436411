/*
 * The console's notification bell: which events each role hears about, and how one reads.
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

type Data = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

/** One event as a line of the bell, and the console page (relative to /o/<slug>) it points to. */
export function describeEvent(type: string, data: Data): { title: string; path: string } {
  const sku = text(data.sku);
  const version = text(data.toVersion);
  const value = typeof data.value === "number" ? Math.round(data.value).toLocaleString("en-US") : "";
  switch (type) {
    case "slo.breached":
      return { title: `${text(data.name)}: ${text(data.interactionKind)} p95 ${value} ms is over ${text(data.threshold)} ms`, path: `/alerts/${text(data.alertRuleId)}` };
    case "slo.recovered":
      return { title: `${text(data.name)} resolved: p95 back to ${value} ms`, path: `/alerts/${text(data.alertRuleId)}` };
    case "alert.triggered":
      return { title: `${text(data.name)} is firing (${value} %)`, path: `/alerts/${text(data.alertRuleId)}` };
    case "alert.resolved":
      return { title: `${text(data.name)} resolved (${value} %)`, path: `/alerts/${text(data.alertRuleId)}` };
    case "config.published":
      return { title: `${sku} config version ${text(data.configVersion)} is live`, path: `/skus/${text(data.skuId)}/config` };
    case "rollout.started":
      return { title: `${sku} version ${version} started rolling out`, path: `/skus/${text(data.skuId)}/config/rollouts` };
    case "rollout.completed":
      return { title: `${sku} version ${version} reached every device`, path: `/skus/${text(data.skuId)}/config/rollouts` };
    case "rollout.rolled_back":
      return { title: `${sku} version ${version} was rolled back by its latency gate`, path: `/skus/${text(data.skuId)}/config/rollouts` };
    case "rollout.aborted":
      return { title: `${sku} version ${version} rollout was aborted`, path: `/skus/${text(data.skuId)}/config/rollouts` };
    case "seats.low":
      return { title: `${text(data.level)} % of license seats are in use (${text(data.seatsUsed)} of ${text(data.seatsTotal)})`, path: "/licenses" };
    case "seats.expiring":
      return { title: `${text(data.seats)} license seats expire in ${text(data.days)} ${data.days === 1 ? "day" : "days"}: renew them`, path: "/licenses" };
    case "seats.expired":
      return { title: `${text(data.seats)} license seats expired: devices using them are in their grace period`, path: "/licenses" };
    case "seats.reclaimed":
      return { title: `${text(data.seats)} devices lost their license seat after the grace period`, path: "/licenses" };
    case "order.paid":
      return { title: `Order paid: ${text(data.seatsAdded)} seats added`, path: "/licenses" };
    case "order.refunded":
      return { title: `Order refunded: ${text(data.seatsRemoved)} seats removed`, path: "/licenses" };
    case "device.suspended":
      return { title: `Device ${text(data.serial)} was suspended`, path: `/devices/${text(data.deviceId)}` };
    case "device.revoked":
      return { title: `Device ${text(data.serial)} was revoked`, path: `/devices/${text(data.deviceId)}` };
    case "api_key.created":
      return { title: `API key “${text(data.name)}” was created`, path: "/settings/api-keys" };
    default:
      return { title: type, path: "" };
  }
}
