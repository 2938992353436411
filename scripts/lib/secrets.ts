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
