import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { justWait, type CommitWait } from "@/server/group-commit";
import { activateOnFirstBoot } from "./activation-queue";
import { authenticateDevice } from "./authenticate";
import { failedBootGuard } from "./failed-boots";
import { noteSeen } from "./last-seen";
import { mintDeviceSession, publishedVersion } from "./mint";
import { limitDevice } from "./rate-limits";
import { refuseInactive } from "./refusals";

/** An EdDSA assertion with the claims of the contract is ~300 characters; this leaves room for a few more. */
const MAX_ASSERTION_LENGTH = 2048;

/** `device.boot` takes the secret or (key mode) an assertion: exactly one, said plainly when not. */
function exactlyOneCredential(input: { secret?: string; assertion?: string }, ctx: z.RefinementCtx): void {
  if (input.secret === undefined && input.assertion === undefined) {
    ctx.addIssue({ code: "custom", path: ["secret"], message: "Give the device's secret, or (key mode) a signed boot assertion in \"assertion\"." });
  } else if (input.secret !== undefined && input.assertion !== undefined) {
    ctx.addIssue({ code: "custom", path: ["assertion"], message: "Give either \"secret\" or \"assertion\", not both." });
  }
}

export const ZBootInput = z.object({
  deviceId: z.string().min(1).max(64),
  secret: z.string().min(1).max(256).optional(),
  /** key mode (extension): a JWT the device signed with its Ed25519 key, instead of the secret */
  assertion: z.string().min(1).max(MAX_ASSERTION_LENGTH).optional(),
  firmware: z.string().trim().min(1).max(64).optional(),
  configVersion: z.number().int().min(0).max(2_147_483_647).optional(),
}).superRefine(exactlyOneCredential);

/**
 * Where a boot comes from: `address` is the client's (null when unknown, e.g. a direct call);
 * `waitForCommit` is how a first boot waits for its activation group (the gateway parks it).
 */
export type BootSource = { address?: string | null; now?: Date; waitForCommit?: CommitWait };

/**
 * `device.boot`: authenticate (failures are counted per address and per deviceId, never against
 * the device's own budget, which is spent only once it has proved itself), refuse
 * suspended/revoked devices, take a license seat on the first activation (atomically, with the
 * activation), then answer the SKU's published config (null when the device holds it) and a
 * fresh session token.
 */
export async function bootDevice(db: Db, input: z.infer<typeof ZBootInput>, { address = null, now = new Date(), waitForCommit = justWait }: BootSource = {}) {
  const device = await failedBootGuard().authenticate(address, input.deviceId, () => authenticateDevice(db, input, now));
  // A suspended or revoked device is told so every time (from cache, as cheap as a 429), not
  // "retry later" once its budget is gone: it should stop, not come back.
  refuseInactive(device);
  await limitDevice(device.id);
  const version = publishedVersion(device);

  const sighting = { firmware: input.firmware, configGiven: version, configReported: input.configVersion };
  // A first boot's activation writes its sighting too (last seen, firmware, config versions, the
  // boot's sample): nothing is left to write behind, and the device row is updated once, not twice.
  const activatedAt = device.activatedAt ?? (await waitForCommit(activateOnFirstBoot(db, device.orgId, { deviceId: device.id, at: now, ...sighting })));
  if (device.activatedAt) noteSeen(device, { ...sighting, boot: true }, now);

  const { config, session, refreshAfter } = await mintDeviceSession(db, device, version, now);
  return {
    deviceId: device.id,
    orgId: device.orgId,
    skuId: device.skuId,
    license: { status: "active" as const, activatedAt: activatedAt.toISOString() },
    configVersion: version,
    config: input.configVersion === version ? null : config.json,
    session,
    serverTime: now.toISOString(),
    refreshAfter,
  };
}
