import "server-only";
import type { DbTx } from "@/server/db";

/** How a user who has since been deleted is named in histories. */
const FORMER_MEMBER = "former member";

/**
 * Names users as histories show them (their name, else their email) with one query for all the
 * ids of a page; an id whose user is gone reads "former member".
 */
export async function userDisplayNames(db: DbTx, userIds: (string | null)[]): Promise<(userId: string) => string> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  const names = new Map(users.map((user) => [user.id, user.name ?? user.email]));
  return (userId) => names.get(userId) ?? FORMER_MEMBER;
}
