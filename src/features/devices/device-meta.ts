import type { RouterInputs, RouterOutputs } from "@/lib/trpc";
import type { DEVICE_STATUSES, StatusAction } from "@/shared/device-schemas";

export type Device = RouterOutputs["device"]["list"]["items"][number];
export type DeviceDetail = RouterOutputs["device"]["get"];
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];
type ListInput = RouterInputs["device"]["list"];
export type DeviceSortField = NonNullable<ListInput["sort"]>;
export type LastSeenFilter = NonNullable<ListInput["lastSeen"]>;

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

export const LAST_SEEN_LABELS: Record<LastSeenFilter, string> = {
  "1h": "In the last hour",
  "24h": "In the last 24 hours",
  "7d": "In the last 7 days",
  "30d": "In the last 30 days",
  "older-30d": "More than 30 days ago",
  never: "Never",
};

export const SORT_FIELDS: DeviceSortField[] = ["createdAt", "serial", "lastSeenAt", "status", "firmware"];

/** What each lifecycle action does, in the words of buttons, dialogs and results. */
export const ACTION_COPY: Record<StatusAction, { verb: string; past: string; description: string }> = {
  suspend: {
    verb: "Suspend",
    past: "suspended",
    description: "Suspended devices are refused when they connect until they are resumed.",
  },
  resume: {
    verb: "Resume",
    past: "resumed",
    description: "Resumed devices can connect again (active if they ever booted, otherwise provisioned).",
  },
  revoke: {
    verb: "Revoke",
    past: "revoked",
    description: "Revoking is permanent: revoked devices can never connect again and cannot be resumed.",
  },
};

/** Which actions change a device in this status (the server reports the rest as unchanged). */
export function actionsFor(status: DeviceStatus): StatusAction[] {
  if (status === "revoked") return [];
  if (status === "suspended") return ["resume", "revoke"];
  return ["suspend", "revoke"];
}

/** "3 suspended, 1 unchanged" */
export function describeStatusChange(action: StatusAction, result: { changed: unknown[]; unchanged: unknown[] }): string {
  const parts = [`${result.changed.length.toLocaleString("en")} ${ACTION_COPY[action].past}`];
  if (result.unchanged.length > 0) parts.push(`${result.unchanged.length.toLocaleString("en")} unchanged`);
  return parts.join(", ");
}
