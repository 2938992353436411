import type { Db } from "@/server/db";
import { logger } from "@/server/logger";
import { startInvalidationFeed } from "@/server/cache/invalidation";
import { startLastSeenWriter } from "@/server/modules/device-runtime/last-seen";
import { rotateIfDue } from "@/server/modules/sessions/signing-keys";
import { errorText } from "@/server/errors";

const ROTATION_CHECK_MS = 3_600_000;
const LAST_SEEN_FLUSH_MS = 1_000;

export type GatewayBackgroundOptions = {
  /** how often the cache invalidation outbox is read: the delay before a change made elsewhere applies here */
  invalidationPollMs: number;
  signingKeyMaxAgeDays: number;
};

/**
 * The gateway's periodic work: applying cache invalidations made by other processes,
 * writing batched last-seen times, and rotating the signing key when it is due.
 * Returns a stop function that flushes what is pending.
 */
export function startGatewayBackground(db: Db, options: GatewayBackgroundOptions): () => Promise<void> {
  const stopFeed = startInvalidationFeed(db, options.invalidationPollMs);
  const stopLastSeen = startLastSeenWriter(db, LAST_SEEN_FLUSH_MS);
  const checkRotation = () =>
    rotateIfDue(db, options.signingKeyMaxAgeDays).then(
      (rotated) => rotated && logger.info("signing key rotated on schedule"),
      (error: unknown) => logger.warn("signing key rotation check failed", { error: errorText(error) }),
    );
  void checkRotation();
  const rotationTimer = setInterval(checkRotation, ROTATION_CHECK_MS);
  rotationTimer.unref();
  return async () => {
    clearInterval(rotationTimer);
    stopFeed();
    await stopLastSeen();
  };
}
