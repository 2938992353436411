import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { Locale } from "@/i18n/locales";
import { NOTIFIED_TYPES } from "@/shared/notifications";
import { describeEvent } from "./describe-event";

/** The bell shows this many, newest first; the unread count stops here too ("20+"). */
export const NOTIFICATIONS_SHOWN = 20;

type Reader = { orgId: string; userId: string; role: Role };

/** Since when the reader's notifications count as unread: the last look at the bell, else joining (operators viewing: nothing unread). */
async function seenSince(db: Db, { orgId, userId }: Reader): Promise<Date> {
  const membership = await db.membership.findUnique({ where: { orgId_userId: { orgId, userId } }, select: { notificationsSeenAt: true, createdAt: true } });
  return membership ? (membership.notificationsSeenAt ?? membership.createdAt) : new Date();
}

/** The reader's latest notifications — events of the organization their role hears about, worded in `locale` — and how many are unread. */
export async function listNotifications(db: Db, reader: Reader, locale: Locale) {
  const types = NOTIFIED_TYPES[reader.role];
  const since = await seenSince(db, reader);
  const events = await db.event.findMany({
    where: { orgId: reader.orgId, type: { in: types } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_SHOWN,
    select: { id: true, type: true, data: true, createdAt: true },
  });
  const items = events.map((event) => ({
    id: event.id,
    type: event.type,
    createdAt: event.createdAt,
    unread: event.createdAt > since,
    ...describeEvent(event.type, event.data && typeof event.data === "object" && !Array.isArray(event.data) ? event.data : {}, locale),
  }));
  // All shown are unread: there may be more beyond them; count those, up to a cap.
  const unread = items.every((item) => item.unread)
    ? Math.min(await db.event.count({ where: { orgId: reader.orgId, type: { in: types }, createdAt: { gt: since } }, take: 100 }), 99)
    : items.filter((item) => item.unread).length;
  return { items, unread };
}

/** Everything up to `upTo` (the newest notification the member was shown; never later than now) counts as read. */
export async function markNotificationsSeen(db: Db, { orgId, userId }: Reader, upTo: Date, now = new Date()) {
  const seenAt = upTo < now ? upTo : now;
  await db.membership.updateMany({ where: { orgId, userId, OR: [{ notificationsSeenAt: null }, { notificationsSeenAt: { lt: seenAt } }] }, data: { notificationsSeenAt: seenAt } });
  return { seenAt };
}
