import { AppError, type AppErrorCode, type DeviceReason } from "@/server/errors";

/** A refusal with a device-public reason: the type keeps console-only reasons off the device path. */
const refusal = (code: AppErrorCode, message: string, reason: DeviceReason) => new AppError(code, message, { reason });

/**
 * Every refusal the device runtime answers a device with, each spelled once: the messages and
 * reasons are the device contract (docs/device-api.md), which firmware branches on. Rate
 * limits (rate-limits.ts), expired or forged tokens (sessions/session-token.ts) and seat
 * exhaustion (licenses) are refused by their own modules.
 */
export const deviceRefusals = {
  /**
   * Unknown device, wrong secret, a secret for a key-mode device, an assertion for a secret-mode
   * device, or an assertion that fails any check: one answer per credential kind, so none of
   * them tells an attacker whether the deviceId exists or which mode it is in.
   */
  invalidCredentials: (presented: "secret" | "assertion") =>
    refusal("UNAUTHORIZED", presented === "assertion" ? "Unknown device or invalid assertion." : "Unknown device or wrong secret.", "INVALID_CREDENTIALS"),
  /**
   * A replay is told apart: only a correctly signed assertion of the device's own key gets
   * this far, so it reveals nothing to someone without the key, and it tells the firmware
   * what to fix (a fresh `jti` per boot) instead of a misleading "wrong credentials".
   */
  assertionReplayed: () => refusal("UNAUTHORIZED", "This assertion was already used: sign a new one with a fresh jti for every boot.", "ASSERTION_REPLAYED"),
  missingToken: () => refusal("UNAUTHORIZED", "Send the session token as Authorization: Bearer <token>.", "MISSING_TOKEN"),
  /** A validly signed token whose device no longer exists. */
  unknownTokenDevice: () => refusal("UNAUTHORIZED", "The session token names an unknown device.", "INVALID_TOKEN"),
  /** The token was minted below the device's token version ("revoke all sessions"). */
  tokenRevoked: () => refusal("UNAUTHORIZED", "This session was revoked by the device's manufacturer; boot again.", "TOKEN_REVOKED"),
  noPublishedConfig: () => refusal("PRECONDITION_FAILED", "This device's SKU has no published configuration yet.", "NO_PUBLISHED_CONFIG"),
  deviceSuspended: () => refusal("FORBIDDEN", "This device is suspended by its manufacturer.", "DEVICE_SUSPENDED"),
  deviceRevoked: () => refusal("FORBIDDEN", "This device is revoked.", "DEVICE_REVOKED"),
  /** An operator's emergency stop; the operator's reason is for the organization's members, not for devices. */
  organizationSuspended: () =>
    refusal("FORBIDDEN", "This device's organization is suspended by Anima; the reason is in the organization's audit log.", "ORGANIZATION_SUSPENDED"),
};

/** Why a device in this status may not boot or use its token, or null when it may. */
export function inactiveDeviceError(status: string): AppError | null {
  if (status === "suspended") return deviceRefusals.deviceSuspended();
  if (status === "revoked") return deviceRefusals.deviceRevoked();
  return null;
}

/** Refuses a device that may not boot or use its token: its own status first, then its organization's suspension. */
export function refuseInactive(device: { status: string; orgSuspended: boolean }): void {
  const error = inactiveDeviceError(device.status);
  if (error) throw error;
  if (device.orgSuspended) throw deviceRefusals.organizationSuspended();
}
