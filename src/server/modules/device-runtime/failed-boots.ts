import { LRUCache } from "lru-cache";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { redis } from "@/server/redis";
import { rateLimited } from "./rate-limits";
import { memoryCounter, redisCounter, type WindowCounter } from "./window-counter";
import { MINUTE_MS, HOUR_MS } from "@/shared/time";

/** Keys each in-process counter, and the list of blocked addresses, keep at most. */
const MAX_KEYS = 100_000;

export type FailedBootLimits = {
  /** failed boots per address per window of `byAddress` before the address is blocked */
  perAddress: number;
  /** failed boots naming one deviceId per window of `byDevice` before further failures are 429 */
  perDevice: number;
  byAddress: WindowCounter;
  byDevice: WindowCounter;
  now?: () => number;
};

const addressBlocked = (msBeforeReset: number) => rateLimited(msBeforeReset, "Too many failed boots from this address; retry after the delay in Retry-After.");
const deviceGuessed = (msBeforeReset: number) => rateLimited(msBeforeReset, "Too many failed boots for this device; retry after the delay in Retry-After.");

const isCredentialFailure = (error: unknown): error is AppError => error instanceof AppError && error.reason === "INVALID_CREDENTIALS";

/**
 * Failed boots, counted apart from the device's own request budget so a stranger who knows a
 * deviceId cannot spend it. Per source address (strict): past the limit every boot from that
 * address is 429 until its window ends, which is what slows a guesser down. Per deviceId, from any
 * address (a much higher ceiling): past it, further *failures* are 429 and it is logged, while the
 * right credentials still boot, so a botnet cannot lock the real device out. Successful boots pay
 * one in-process lookup (the block list): failures are counted only when they happen.
 */
export function createFailedBootGuard({ perAddress, perDevice, byAddress, byDevice, now = () => Date.now() }: FailedBootLimits) {
  /** address → when its block ends (ms since epoch); an instance learns of a block at its first failure from there */
  const blocked = new LRUCache<string, number>({ max: MAX_KEYS });

  function refuseBlocked(address: string | null): void {
    const until = address === null ? undefined : blocked.get(address);
    if (until !== undefined && until > now()) throw addressBlocked(until - now());
  }

  /** The answer to a failed boot: 429 past either limit, otherwise the failure itself (401). */
  async function answerFailure(address: string | null, deviceId: string, failure: AppError): Promise<AppError> {
    const [fromAddress, forDevice] = await Promise.all([address === null ? null : byAddress.hit(address), byDevice.hit(deviceId)]);
    if (address !== null && fromAddress && fromAddress.count > perAddress) {
      if (fromAddress.count === perAddress + 1) logger.warn("address blocked after repeated failed boots", { address, failures: fromAddress.count });
      blocked.set(address, now() + fromAddress.msBeforeReset);
      return addressBlocked(fromAddress.msBeforeReset);
    }
    if (forDevice.count > perDevice) {
      // Logged once per window (the shared counter passes this value once): someone is guessing this device's credentials.
      if (forDevice.count === perDevice + 1) logger.warn("repeated failed boots naming one device", { deviceId, failures: forDevice.count });
      return deviceGuessed(forDevice.msBeforeReset);
    }
    return failure;
  }

  return {
    /** Runs `attempt` (the credential check) unless the address is blocked; counts it when the credentials are wrong. */
    async authenticate<T>(address: string | null, deviceId: string, attempt: () => Promise<T>): Promise<T> {
      refuseBlocked(address);
      try {
        return await attempt();
      } catch (error) {
        throw isCredentialFailure(error) ? await answerFailure(address, deviceId, error) : error;
      }
    },
  };
}

let configured: ReturnType<typeof createFailedBootGuard> | undefined;

/** This process's guard: counters shared through Redis when REDIS_URL is set, in process otherwise. */
export function failedBootGuard(): ReturnType<typeof createFailedBootGuard> {
  if (!configured) {
    const client = redis();
    const counter = (prefix: string, windowMs: number) => {
      const local = memoryCounter(windowMs, MAX_KEYS);
      return client ? redisCounter(client, prefix, windowMs, local) : local;
    };
    configured = createFailedBootGuard({
      perAddress: env.GATEWAY_FAILED_AUTH_PER_IP_PER_MINUTE,
      perDevice: env.GATEWAY_FAILED_AUTH_PER_DEVICE_PER_HOUR,
      byAddress: counter("gw-failed-ip", MINUTE_MS),
      byDevice: counter("gw-failed-device", HOUR_MS),
    });
  }
  return configured;
}
