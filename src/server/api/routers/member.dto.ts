import { z } from "zod";
import { ZRole } from "../common.dto";

export const ZMemberDto = z.object({
  id: z.string(),
  role: ZRole,
  joinedAt: z.date(),
  userId: z.string(),
  name: z.string().nullable(),
  email: z.string(),
  emailVerified: z.boolean(),
});

export const ZRoleChangeDto = z.object({ id: z.string(), role: ZRole });
