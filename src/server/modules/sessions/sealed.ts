import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * AES-256-GCM sealing of small secrets at rest (token signing keys). The 256-bit key is
 * derived from the configured secret; the output is `iv.ciphertext.tag` in base64url.
 */
export function seal(plaintext: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(".");
}

/** Opens a sealed value; throws when it was sealed under another secret or tampered with. */
export function unseal(sealed: string, secret: string): string {
  const [iv, ciphertext, tag] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !ciphertext || !tag) throw new Error("malformed sealed value");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
}

function keyFor(secret: string): Buffer {
  return createHash("sha256").update(`anima-signing-keys:${secret}`).digest();
}
