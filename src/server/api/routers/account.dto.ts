import { z } from "zod";

export const ZSessionUserDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  isOperator: z.boolean(),
  emailVerified: z.boolean(),
  /** the console language the user chose, null until they choose */
  locale: z.string().nullable(),
});

/** How an account email (verification, reset) went out; see account-mail.ts. */
export const ZAccountMailDto = z.object({ delivery: z.enum(["sent", "printed", "unavailable", "failed"]), linkTtlHours: z.number() });

export const ZAccountLinkPreviewDto = z.object({
  purpose: z.enum(["SETUP", "RESET", "VERIFY_EMAIL"]),
  email: z.string(),
  status: z.enum(["valid", "used", "revoked", "expired"]),
});
