import { AppError } from "@/server/errors";

/** Why a device in this status may not boot or use its token, or null when it may. */
export function inactiveDeviceError(status: string): AppError | null {
  if (status === "suspended") return new AppError("FORBIDDEN", "This device is suspended by its manufacturer.", "DEVICE_SUSPENDED");
  if (status === "revoked") return new AppError("FORBIDDEN", "This device is revoked.", "DEVICE_REVOKED");
  return null;
}

/**
 * Refuses a device that may not boot or use its token: its own status first, then its
 * organization's suspension (an operator's emergency stop; the operator's reason is for the
 * organization's members, not for devices).
 */
export function refuseInactive(device: { status: string; orgSuspended: boolean }): void {
  const error = inactiveDeviceError(device.status);
  if (error) throw error;
  if (device.orgSuspended) {
    throw new AppError("FORBIDDEN", "This device's organization is suspended by Anima; the reason is in the organization's audit log.", "ORGANIZATION_SUSPENDED");
  }
}
