import "server-only";
import type { Db } from "@/server/db";
import { errorText } from "@/server/errors";
import { logger } from "@/server/logger";
import { emitEvent } from "@/server/modules/events/emit";
import { mailOrgAdmins } from "@/server/modules/mail/org-admins";
import { mailDay } from "@/server/modules/mail/mail-locale";
import { graceEndsAt, reminderDue, REMINDER_DAYS, SEAT_GRACE_DAYS } from "@/shared/seat-terms";
import { DAY_MS } from "@/shared/time";
import { refreshUtilizationAlert } from "./alerts";
import { reclaimAfterGrace } from "./reclaim-seats";
import { expireDueTerm } from "./seat-terms";

/** Terms handled per kind and run; a backlog is worked off by the next runs, a minute apart. */
const BATCH = 200;

/**
 * The seat-term clock, run every minute by the worker: reminders 30, 7 and 1 days before a term
 * ends, the end itself (its seats leave the pool), and the end of the grace period (seats still
 * in use beyond the pool taken back). Each step is idempotent and safe to run in several workers
 * at once: a conditional update or the term's row lock lets one of them through.
 */
export async function runSeatTerms(db: Db, now = new Date()) {
  const reminded = await sendReminders(db, now);
  const due = await db.seatTerm.findMany({ where: { expiredAt: null, endsAt: { lte: now } }, select: { id: true, orgId: true, seats: true, endsAt: true }, orderBy: { endsAt: "asc" }, take: BATCH });
  let expired = 0;
  for (const term of due) {
    if (!(await expireDueTerm(db, term.id, now))) continue;
    expired += 1;
    await afterCommit(`seat term ${term.id} expiry`, async () => {
      await refreshUtilizationAlert(db, term.orgId);
      await mailOrgAdmins(db, term.orgId, ({ t, locale, org }) => ({
        subject: t("seats.expiredSubject", { org: org.name, seats: term.seats }),
        paragraphs: [
          t("seats.expired", { seats: term.seats, endedOn: mailDay(term.endsAt, locale) }),
          t("seats.grace", { graceEndsOn: mailDay(graceEndsAt(term.endsAt), locale), graceDays: SEAT_GRACE_DAYS }),
          `${org.consoleUrl}/licenses`,
        ],
      }));
    });
  }
  const graceOver = await db.seatTerm.findMany({
    where: { expiredAt: { not: null }, reclaimedAt: null, renewedByOrderId: null, endsAt: { lte: new Date(now.getTime() - SEAT_GRACE_DAYS * DAY_MS) } },
    select: { id: true },
    orderBy: { endsAt: "asc" },
    take: BATCH,
  });
  let reclaimed = 0;
  for (const term of graceOver) {
    const reclaim = await reclaimAfterGrace(db, term.id, now);
    if (!reclaim) continue;
    reclaimed += reclaim.seats;
    await afterCommit(`seat term ${term.id} reclaim`, () =>
      mailOrgAdmins(db, reclaim.orgId, ({ t, org }) => ({
        subject: t("seats.reclaimedSubject", { org: org.name, seats: reclaim.seats }),
        paragraphs: [
          t("seats.reclaimed", { seats: reclaim.seats, serials: `${reclaim.serials.slice(0, 20).join(", ")}${reclaim.seats > 20 ? ", …" : ""}` }),
          t("seats.reclaimedNext"),
          `${org.consoleUrl}/licenses`,
        ],
      })),
    );
  }
  return { reminded, expired, reclaimed };
}

/** Reminders of the terms ending within 30 days. */
async function sendReminders(db: Db, now: Date): Promise<number> {
  const soon = await db.seatTerm.findMany({
    where: { expiredAt: null, renewedByOrderId: null, endsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_DAYS[0] * DAY_MS) } },
    select: { id: true },
    orderBy: { endsAt: "asc" },
    take: BATCH,
  });
  let sent = 0;
  for (const term of soon) if (await remindTerm(db, term.id, now)) sent += 1;
  return sent;
}

/**
 * The reminder a term is due (30, 7 or 1 days before its end), once per threshold: the
 * conditional update decides who sends it when workers race. Returns the days reminded of, or null.
 */
export async function remindTerm(db: Db, termId: string, now: Date): Promise<number | null> {
  const term = await db.seatTerm.findUnique({ where: { id: termId }, select: { id: true, orgId: true, orderId: true, seats: true, endsAt: true, remindedDays: true, expiredAt: true, renewedByOrderId: true } });
  const days = term && !term.expiredAt && !term.renewedByOrderId ? reminderDue(term.endsAt, now) : null;
  if (!term || days === null || (term.remindedDays !== null && term.remindedDays <= days)) return null;
  const claimed = await db.$transaction(async (tx) => {
    const updated = await tx.seatTerm.updateMany({ where: { id: term.id, OR: [{ remindedDays: null }, { remindedDays: { gt: days } }] }, data: { remindedDays: days } });
    if (updated.count === 0) return false;
    await emitEvent(tx, { orgId: term.orgId, type: "seats.expiring", data: { termId: term.id, orderId: term.orderId, seats: term.seats, endsAt: term.endsAt.toISOString(), days } });
    return true;
  });
  if (!claimed) return null;
  await afterCommit(`seat term ${term.id} reminder`, () =>
    mailOrgAdmins(db, term.orgId, ({ t, locale, org }) => ({
      subject: days === 1 ? t("seats.reminderSubjectTomorrow", { org: org.name, seats: term.seats }) : t("seats.reminderSubject", { org: org.name, seats: term.seats, days }),
      paragraphs: [t("seats.reminder", { seats: term.seats, endsOn: mailDay(term.endsAt, locale) }), `${org.consoleUrl}/licenses`],
    })),
  );
  return days;
}

/** What follows a committed change (alerts, mail) must not fail the run: it is logged. */
async function afterCommit(what: string, work: () => Promise<unknown>) {
  await work().catch((error: unknown) => logger.warn(`${what}: follow-up failed`, { error: errorText(error) }));
}
