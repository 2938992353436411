import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { seal, unseal } from "./sealed";

function opens(sealed: string, secret: string): string | null {
  try {
    return unseal(sealed, secret);
  } catch {
    return null;
  }
}

/**
 * `keys:reseal`: after SIGNING_KEY_SECRET changes, re-seals every stored signing key sealed
 * under the previous secret (`from`) under the new one (`to`). All or nothing: a key that
 * opens under neither secret stops it before anything is written (a wrong `from`, or a key
 * sealed under some third secret). Keys already under `to` are left alone, so running it
 * twice is harmless. The keys themselves do not change: tokens stay valid, nothing rotates.
 */
export async function resealSigningKeys(db: Db, from: string, to: string) {
  if (from === to) throw new AppError("BAD_REQUEST", "The previous and the new secret are the same: nothing to re-seal.", { reason: "SAME_SECRET" });
  return db.$transaction(async (tx) => {
    // The rotation lock: no key is created under either secret meanwhile.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('anima-signing-key-rotation'))`;
    const keys = await tx.signingKey.findMany({ select: { kid: true, privateKeySealed: true }, orderBy: { createdAt: "asc" } });
    const resealed: { kid: string; sealed: string }[] = [];
    const unreadable: string[] = [];
    let alreadyCurrent = 0;
    for (const key of keys) {
      if (opens(key.privateKeySealed, to) !== null) {
        alreadyCurrent++;
        continue;
      }
      const plaintext = opens(key.privateKeySealed, from);
      if (plaintext === null) unreadable.push(key.kid);
      else resealed.push({ kid: key.kid, sealed: seal(plaintext, to) });
    }
    if (unreadable.length) {
      throw new AppError("PRECONDITION_FAILED", `Signing keys ${unreadable.join(", ")} open under neither secret; nothing was re-sealed.`, { reason: "UNREADABLE_SIGNING_KEYS" });
    }
    for (const key of resealed) await tx.signingKey.update({ where: { kid: key.kid }, data: { privateKeySealed: key.sealed } });
    return { resealed: resealed.length, alreadyCurrent };
  });
}
