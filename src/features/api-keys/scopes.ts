import type { ApiScope } from "@/shared/permissions";

/** What each scope lets a key do, in the words shown next to its checkbox. */
export const SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "skus:write": "Register and update SKUs",
  "devices:write": "Provision devices and manage their lifecycle",
  "licenses:read": "Read license balance and ledger",
  "telemetry:read": "Read usage and latency data",
  "webhooks:write": "Manage webhook endpoints",
  "*": "Full access: every scope, including ones added later",
};
