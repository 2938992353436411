import type { RouterInputs, RouterOutputs } from "@/lib/trpc";
import type { DEVICE_STATUSES, StatusAction } from "@/shared/device-schemas";

export type Device = RouterOutputs["device"]["list"]["items"][number];
export type DeviceDetail = RouterOutputs["device"]["get"];
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];
type ListInput = RouterInputs["device"]["list"];
export type DeviceSortField = NonNullable<ListInput["sort"]>;
export type LastSeenFilter = NonNullable<ListInput["lastSeen"]>;

/** English status names for screens not yet translated; translated screens read `devices.status`. */
export const STATUS_LABELS: Record<DeviceStatus, string> = {
  provisioned: "Provisioned",
  active: "Active",
  suspended: "Suspended",
  revoked: "Revoked",
};

export const STATUS_ORDER: DeviceStatus[] = ["provisioned", "active", "suspended", "revoked"];

/** Gray until first boot, green in service, amber paused, red gone for good. */
export const STATUS_TONES = {
  provisioned: "neutral",
  active: "success",
  suspended: "warning",
  revoked: "danger",
} as const satisfies Record<DeviceStatus, string>;

/** The last-seen filter's choices, in menu order (labels: `devices.lastSeen`). */
export const LAST_SEEN_FILTERS: LastSeenFilter[] = ["1h", "24h", "7d", "30d", "older-30d", "never"];

export const SORT_FIELDS: DeviceSortField[] = ["createdAt", "serial", "lastSeenAt", "status", "firmware"];

/** Which actions change a device in this status (the server reports the rest as unchanged). */
export function actionsFor(status: DeviceStatus): StatusAction[] {
  if (status === "revoked") return [];
  if (status === "suspended") return ["resume", "revoke"];
  return ["suspend", "revoke"];
}
