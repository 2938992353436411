import { z } from "zod";
import { ZRole } from "../common.dto";

export const ZOrgDto = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export const ZOrgWithRoleDto = ZOrgDto.extend({ role: ZRole });
