import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "./embedded-db";

const SECRETS_FILE = path.join(DATA_DIR, "secrets.json");

/**
 * Secrets for the embedded default: generated on first start and kept under `.data/`
 * (git-ignored, mode 600), so sessions survive restarts without any setup.
 */
export function embeddedSecret(name: string): string {
  const secrets: Record<string, string> = existsSync(SECRETS_FILE) ? JSON.parse(readFileSync(SECRETS_FILE, "utf8")) : {};
  if (!secrets[name]) {
    secrets[name] = randomBytes(32).toString("base64url");
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(SECRETS_FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets[name];
}

/** Secrets a real deployment must provide; the embedded default generates them into `.data/`. */
export const REQUIRED_SECRETS = ["NEXTAUTH_SECRET", "DEVICE_SECRET_KEY", "SIGNING_KEY_SECRET"] as const;

/** Fills unset required secrets from `.data/` (embedded mode: the same values `npm start` uses). */
export function loadEmbeddedSecrets(): void {
  for (const name of REQUIRED_SECRETS) process.env[name] ??= embeddedSecret(name);
}
