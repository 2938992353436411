import { z } from "zod";
import { ZRole } from "../common.dto";

export const ZApiKeyDto = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdBy: z.string(),
  /** what the key may still do: the scopes its creator's current role holds */
  effectiveScopes: z.array(z.string()),
  /** set when that is less than the key was given; `creatorRole` null: the creator left or was deleted */
  limitedBy: z.object({ creatorRole: ZRole.nullable() }).nullable(),
});

export const ZCreatedApiKeyDto = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  /** the full key, returned by `create` only */
  key: z.string(),
});
