import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser } from "@/testing/factories";
import { userDisplayNames } from "./actor-names";

describe("userDisplayNames", () => {
  it("names a user by name, else email, and a deleted one as a former member", async () => {
    const named = await createUser("Ada Lovelace");
    const unnamed = await createUser();
    await db.user.update({ where: { id: unnamed.id }, data: { name: null } });
    const gone = await createUser("Gone Soon");
    await db.user.delete({ where: { id: gone.id } });

    const nameOf = await userDisplayNames(db, [named.id, unnamed.id, gone.id, null, named.id]);

    expect(nameOf(named.id)).toBe("Ada Lovelace");
    expect(nameOf(unnamed.id)).toBe(unnamed.email);
    expect(nameOf(gone.id)).toBe("former member");
  });
});
