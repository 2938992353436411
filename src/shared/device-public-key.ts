import { z } from "zod";
import { schemaMessage, schemaMessageWith } from "@/shared/schema-message";

/**
 * A key-mode device's Ed25519 public key, in one format: base64url (no padding) of its 32
 * bytes — the `x` of its JWK, what libsodium's `crypto_sign_keypair` or Monocypher's
 * `crypto_eddsa_key_pair` output as `pk`. Pure code (no node:crypto): the console's CSV
 * preview validates keys in the browser with the same rules.
 */
export const PUBLIC_KEY_FORMAT_HINT = "base64url of the 32-byte Ed25519 public key (43 characters, the JWK \"x\")";

const P = 2n ** 255n - 19n;
/** The curve constant d = −121665/121666 mod p. */
const D = 37095705934669439343138083508754565189542113879843219016388785533085940283555n;

function decodeBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "=");
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The encoded y coordinate (little-endian, top bit cleared) and the sign bit of x. */
function split(bytes: Uint8Array): { y: bigint; sign: bigint } {
  let value = 0n;
  for (let i = 31; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return { y: value & ((1n << 255n) - 1n), sign: value >> 255n };
}

/**
 * y of the 8 points of small order (identity, order 2, 4 and 8; both signs share a y). A
 * signature made for such a "key" verifies with probability 1/8 whatever the message.
 */
const SMALL_ORDER_Y = new Set([0n, 1n, P - 1n, ...["26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"].map((hex) => split(Uint8Array.from(hex.match(/../g)!, (byte) => parseInt(byte, 16))).y)]);

/** Jacobi symbol (a/n) for odd n: 1 when a is a non-zero square mod the prime n, −1 when not. */
function jacobi(a: bigint, n: bigint): number {
  let result = 1;
  a %= n;
  while (a !== 0n) {
    while ((a & 1n) === 0n) {
      a >>= 1n;
      const r = n & 7n;
      if (r === 3n || r === 5n) result = -result;
    }
    [a, n] = [n, a];
    if ((a & 3n) === 3n && (n & 3n) === 3n) result = -result;
    a %= n;
  }
  return n === 1n ? result : 0;
}

/**
 * True when `text` is a usable Ed25519 public key: the format above, a canonical encoding of
 * a point on the curve (RFC 8032 §5.1.3: x² = (y²−1)/(d·y²+1) must be a square), and not a
 * point of small order. A Jacobi symbol decides "is a square" ~50× faster than the modular
 * square root, which matters for a batch of 10,000 keys.
 */
export function isEd25519PublicKey(text: string): boolean {
  const bytes = decodeBase64Url(text);
  if (!bytes) return false;
  const { y } = split(bytes);
  if (y >= P || SMALL_ORDER_Y.has(y)) return false;
  const u = (y * y - 1n) % P;
  const v = (D * y * y + 1n) % P;
  // u/v is a square iff u·v is (v ≠ 0 on this curve); u ≠ 0 since y ≠ ±1, so x ≠ 0 and either sign is valid.
  return jacobi((u * v) % P, P) === 1;
}

const notInFormat = schemaMessageWith(`publicKey is not in the expected format: ${PUBLIC_KEY_FORMAT_HINT}.`);
const notOnCurve = schemaMessageWith("publicKey is not a valid Ed25519 public key (not a point of the curve, or a weak small-order point).");

export const ZDevicePublicKey = z
  .string(schemaMessage(`publicKey must be a string: ${PUBLIC_KEY_FORMAT_HINT}.`))
  .trim()
  .superRefine((key, ctx) => {
    if (!/^[A-Za-z0-9_-]{43}$/.test(key)) {
      ctx.addIssue({ code: "custom", message: notInFormat() });
    } else if (!isEd25519PublicKey(key)) {
      ctx.addIssue({ code: "custom", message: notOnCurve() });
    }
  });
