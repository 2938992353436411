import type { Role } from "@/generated/prisma/enums";

export const ROLES = ["OWNER", "ADMIN", "DEVELOPER", "SALES", "VIEWER"] as const satisfies readonly Role[];

/**
 * What each role may do inside an organization. Roles are not a ladder (sales may buy
 * licenses, developers may not), so procedures ask for a permission, never a rank.
 */
const PERMISSIONS = {
  "org:read": ["OWNER", "ADMIN", "DEVELOPER", "SALES", "VIEWER"],
  "org:manage": ["OWNER", "ADMIN"],
  "members:manage": ["OWNER", "ADMIN"],
  "apikeys:manage": ["OWNER", "ADMIN"],
  "audit:read": ["OWNER", "ADMIN"],
  "skus:write": ["OWNER", "ADMIN", "DEVELOPER"],
  "devices:write": ["OWNER", "ADMIN", "DEVELOPER"],
  "licenses:buy": ["OWNER", "ADMIN", "SALES"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** API key scopes, as fixed by the manufacturer API contract. */
export const API_SCOPES = ["skus:write", "devices:write", "licenses:read", "telemetry:read", "*"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** The scopes a member of this role could exercise themselves; a key never grants more. */
const SCOPES_BY_ROLE: Record<Role, readonly ApiScope[]> = {
  OWNER: API_SCOPES,
  ADMIN: API_SCOPES,
  DEVELOPER: ["skus:write", "devices:write", "licenses:read", "telemetry:read"],
  SALES: ["licenses:read"],
  VIEWER: ["licenses:read", "telemetry:read"],
};

export function roleAllowsScope(role: Role, scope: ApiScope): boolean {
  return SCOPES_BY_ROLE[role].includes(scope);
}

/** True when a key holding `granted` scopes may call a procedure requiring `required`. */
export function scopeGrants(granted: readonly string[], required: ApiScope | null): boolean {
  if (required === null) return true;
  return granted.includes("*") || granted.includes(required);
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  DEVELOPER: "Developer",
  SALES: "Sales",
  VIEWER: "Viewer",
};
