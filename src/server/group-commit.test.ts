import { describe, expect, it } from "vitest";
import { createGroupCommit } from "./group-commit";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("group commit", () => {
  it("sends a lone item at once and groups the items that arrive while a write is in flight", async () => {
    const groups: number[][] = [];
    const queue = createGroupCommit(async (group: number[]) => {
      groups.push(group);
      await tick();
      return group.map((n) => n * 10);
    }, { maxGroup: 3 });
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => queue.submit(n)));
    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    // 1 went alone; 2–6 arrived during its write: groups of at most 3, in arrival order.
    expect(groups).toEqual([[1], [2, 3, 4], [5, 6]]);
    expect(queue.idle()).toBe(true);
  });

  it("keeps up to `concurrency` writes in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const queue = createGroupCommit(async (group: number[]) => {
      most = Math.max(most, ++inFlight);
      await tick();
      inFlight--;
      return group;
    }, { maxGroup: 2, concurrency: 2 });
    expect(await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => queue.submit(n)))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(2);
  });

  it("fails one item when the write answers an Error for it, and the whole group when the write throws", async () => {
    let fail = false;
    const queue = createGroupCommit(async (group: string[]) => {
      if (fail) throw new Error("database unreachable");
      return group.map((s) => (s === "bad" ? new Error(`refused ${s}`) : s.toUpperCase()));
    }, { maxGroup: 10 });
    const outcomes = await Promise.allSettled(["a", "bad", "c"].map((s) => queue.submit(s)));
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : (o.reason as Error).message))).toEqual(["A", "refused bad", "C"]);
    fail = true;
    await expect(Promise.all([queue.submit("x"), queue.submit("y")])).rejects.toThrow("database unreachable");
    fail = false;
    await expect(queue.submit("z")).resolves.toBe("Z");
  });
});
