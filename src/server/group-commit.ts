/**
 * Group commit: writes that arrive while `concurrency` writes are in flight wait and go
 * together in the next one, so a burst costs one statement and one commit per group instead
 * of one per request — and a request that finds a free slot is never delayed (it goes at
 * once). `write` receives the group and answers one outcome per item, in order: a value, or
 * an Error for that item alone. An error thrown by `write` itself (the database is down)
 * fails every item of the group.
 */
export function createGroupCommit<T, R>(write: (group: T[]) => Promise<(R | Error)[]>, { maxGroup, concurrency = 1 }: { maxGroup: number; concurrency?: number }) {
  type Waiter = { item: T; resolve: (value: R) => void; reject: (error: unknown) => void };
  let waiting: Waiter[] = [];
  let inFlight = 0;

  async function commit(group: Waiter[]) {
    try {
      const outcomes = await write(group.map((w) => w.item));
      group.forEach((w, i) => {
        const outcome = outcomes[i]!;
        if (outcome instanceof Error) w.reject(outcome);
        else w.resolve(outcome);
      });
    } catch (error) {
      for (const w of group) w.reject(error);
    }
  }

  function pump() {
    while (waiting.length > 0 && inFlight < concurrency) {
      const group = waiting.slice(0, maxGroup);
      waiting = waiting.slice(maxGroup);
      inFlight++;
      void commit(group).finally(() => {
        inFlight--;
        pump();
      });
    }
  }

  return {
    submit(item: T): Promise<R> {
      return new Promise((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        pump();
      });
    },
    /** Nothing waiting and nothing in flight (an idle queue can be dropped). */
    idle: () => inFlight === 0 && waiting.length === 0,
  };
}

/**
 * How a request waits for its group's commit. The gateway parks the request meanwhile
 * (overload.ts: a wait uses no CPU, so it holds no place under the load-shedding limit);
 * elsewhere it simply waits.
 */
export type CommitWait = <R>(commit: Promise<R>) => Promise<R>;
export const justWait: CommitWait = (commit) => commit;
