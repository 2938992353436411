import type { Db } from "@/server/db";
import { median } from "./harness";

const WRONG_SECRET = "wrong-secret-wrong-secret-wrong-secret-000";
const IDS = 2_000;
const ROUNDS = 7;

/**
 * The in-process cost of a refused boot (µs): a cached device with a wrong secret against an id
 * known not to exist, alternating in the same process so machine noise hits both alike. Over HTTP
 * the difference drowns in the network stack's jitter; here a few microseconds show. ≈ 1 means
 * the time of a 401 does not tell whether the id exists.
 */
export async function measureRefusalCost(db: Db, deviceIds: string[]) {
  const { bootDevice } = await import("@/server/modules/device-runtime/boot");
  const known = deviceIds.slice(0, IDS);
  const unknown = known.map((_, i) => `dev_unknown${String(i).padStart(16, "0")}`);
  const refuse = (deviceId: string) => bootDevice(db, { deviceId, secret: WRONG_SECRET }).catch(() => null);
  const perBoot = async (ids: string[]) => {
    const started = performance.now();
    for (const id of ids) await refuse(id);
    return ((performance.now() - started) * 1000) / ids.length;
  };
  await perBoot(known); // warm both caches: the device cache, and the cache of ids that do not exist
  await perBoot(unknown);
  const rounds: { wrongSecretUs: number; unknownUs: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) rounds.push({ wrongSecretUs: await perBoot(known), unknownUs: await perBoot(unknown) });
  const wrongSecretUs = median(rounds.map((r) => r.wrongSecretUs));
  const unknownUs = median(rounds.map((r) => r.unknownUs));
  return { wrongSecretUs: Number(wrongSecretUs.toFixed(1)), unknownUs: Number(unknownUs.toFixed(1)), unknownVsWrongSecret: Number((unknownUs / wrongSecretUs).toFixed(3)) };
}
