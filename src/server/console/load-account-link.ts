import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { previewAccountLink } from "@/server/modules/auth/account-links";

/** A link's purpose and state for its page; "invalid" when no such link exists. Server only. */
export async function loadAccountLink(token: string) {
  try {
    return await previewAccountLink(db, token);
  } catch (error) {
    if (error instanceof AppError && error.reason === "LINK_INVALID") return "invalid" as const;
    throw error;
  }
}
