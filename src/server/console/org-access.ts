import { cache } from "react";
import { db } from "@/server/db";
import { getSessionUserId } from "@/server/auth";
import { findSessionUser } from "@/server/modules/auth/users";
import { findOrgAccessBySlug, type OrgContext } from "@/server/modules/organizations/organizations";

/**
 * The signed-in user, for the console's server components. Memoised per request (React
 * `cache`) because the console layout and its page render in parallel and both need it.
 */
export const getSessionUser = cache(async () => {
  const userId = await getSessionUserId();
  return userId ? findSessionUser(db, userId) : null;
});

export type OrgAccess =
  | { status: "signed-out" }
  | { status: "not-member" }
  | { status: "member"; user: { id: string; name: string | null; email: string; isOperator: boolean }; org: OrgContext };

/** Whether the signed-in user belongs to the organization `slug` (or holds an operator's read-only view of it), and with which role. */
export const getOrgAccess = cache(async (slug: string): Promise<OrgAccess> => {
  const user = await getSessionUser();
  if (!user) return { status: "signed-out" };
  const org = await findOrgAccessBySlug(db, user, slug);
  if (!org) return { status: "not-member" };
  return { status: "member", user: { id: user.id, name: user.name, email: user.email, isOperator: user.isOperator }, org };
});
