import { z } from "zod";
import { schemaMessage } from "@/shared/schema-message";

export const ZEmail = z
  .string(schemaMessage("Enter a valid email address."))
  .trim()
  .toLowerCase()
  .max(254, schemaMessage("Email addresses are at most 254 characters."))
  .pipe(z.email(schemaMessage("Enter a valid email address.")));

export const ZPassword = z
  .string()
  .min(10, schemaMessage("Passwords need at least 10 characters."))
  .max(200, schemaMessage("Passwords are at most 200 characters."));

export const ZPersonName = z
  .string()
  .trim()
  .min(1, schemaMessage("Enter your name."))
  .max(100, schemaMessage("Names are at most 100 characters."));

export const ZSignUpInput = z.object({ name: ZPersonName, email: ZEmail, password: ZPassword });
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.object({ email: ZEmail, password: z.string().min(1).max(200) });
