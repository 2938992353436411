import "server-only";
import type { Db } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import { MAX_SAVED_FILTERS } from "@/shared/saved-filters";

/**
 * Saved device-list filters: personal (one user in one organization), stored server-side
 * so they follow the user across browsers. Not audited: they change no tenant data.
 */
export async function listSavedFilters(db: Db, orgId: string, userId: string) {
  return db.savedDeviceFilter.findMany({
    where: { orgId, userId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, query: true, createdAt: true },
  });
}

export async function createSavedFilter(db: Db, orgId: string, userId: string, input: { name: string; query: string }) {
  try {
    return await db.$transaction(async (tx) => {
      // Serialise one user's saves so two tabs cannot both take the 20th place.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`saved-filter:${orgId}:${userId}`}))`;
      const count = await tx.savedDeviceFilter.count({ where: { orgId, userId } });
      if (count >= MAX_SAVED_FILTERS) {
        throw new AppError("PRECONDITION_FAILED", `You can keep at most ${MAX_SAVED_FILTERS} saved filters. Delete one to save another.`, {
          reason: "SAVED_FILTER_LIMIT",
          details: { max: MAX_SAVED_FILTERS },
        });
      }
      return tx.savedDeviceFilter.create({
        data: { orgId, userId, name: input.name, query: input.query },
        select: { id: true, name: true, query: true, createdAt: true },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", `You already have a saved filter named "${input.name}".`, { reason: "SAVED_FILTER_NAME_TAKEN" });
    }
    throw error;
  }
}

export async function deleteSavedFilter(db: Db, orgId: string, userId: string, filterId: string) {
  const { count } = await db.savedDeviceFilter.deleteMany({ where: { id: filterId, orgId, userId } });
  if (count === 0) throw new AppError("NOT_FOUND", "Saved filter not found.", { reason: "SAVED_FILTER_NOT_FOUND" });
  return { id: filterId };
}
