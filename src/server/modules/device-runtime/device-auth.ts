import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { verifyDeviceSecret } from "@/server/modules/devices/device-credentials";
import { claimAssertionId } from "./assertion-replay";
import { replayWindowEnd, verifyBootAssertion } from "./boot-assertion";
import { loadDevice, type DeviceView } from "./device-cache";

/** What a device presents at boot: its secret, or (key mode) an assertion signed with its key. */
export type BootCredentials = { deviceId: string; secret?: string; assertion?: string };

/**
 * Unknown device, wrong secret, a secret for a key-mode device, an assertion for a secret-mode
 * device, or an assertion that fails any check: one answer, so none of them tells an
 * attacker whether the deviceId exists or which mode it is in.
 */
const invalidCredentials = (assertion: boolean) =>
  new AppError("UNAUTHORIZED", assertion ? "Unknown device or invalid assertion." : "Unknown device or wrong secret.", "INVALID_CREDENTIALS");

/**
 * A replay is told apart: only a correctly signed assertion of the device's own key gets
 * this far, so it reveals nothing to someone without the key, and it tells the firmware
 * what to fix (a fresh `jti` per boot) instead of a misleading "wrong credentials".
 */
const replayed = () => new AppError("UNAUTHORIZED", "This assertion was already used: sign a new one with a fresh jti for every boot.", "ASSERTION_REPLAYED");

/** The device behind valid boot credentials, or a 401. */
export async function authenticateDevice(db: Db, credentials: BootCredentials, now: Date): Promise<DeviceView> {
  const device = await loadDevice(db, credentials.deviceId);
  if (credentials.assertion === undefined) {
    // Checked even for an unknown device, so both failures cost the same.
    const secretOk = verifyDeviceSecret(credentials.secret ?? "", device?.secretHash ?? null);
    if (!device || !secretOk) throw invalidCredentials(false);
    return device;
  }
  const verified = await verifyBootAssertion(credentials.assertion, credentials.deviceId, device?.publicKey ?? null, now);
  if (!device || !verified) throw invalidCredentials(true);
  if (!(await claimAssertionId(db, device.id, verified.jti, replayWindowEnd(verified)))) throw replayed();
  return device;
}
