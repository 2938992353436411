import { AppError } from "@/server/errors";

/** Why a device in this status may not boot or use its token, or null when it may. */
export function inactiveDeviceError(status: string): AppError | null {
  if (status === "suspended") return new AppError("FORBIDDEN", "This device is suspended by its manufacturer.", "DEVICE_SUSPENDED");
  if (status === "revoked") return new AppError("FORBIDDEN", "This device is revoked.", "DEVICE_REVOKED");
  return null;
}

export function refuseInactive(status: string): void {
  const error = inactiveDeviceError(status);
  if (error) throw error;
}
