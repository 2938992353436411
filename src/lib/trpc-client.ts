import { createTRPCClient, httpBatchLink, httpLink, loggerLink, splitLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";
import { errorStatus } from "./errors";
import { MAX_BATCH_CALLS } from "./trpc-batch";

/** The console UI's tRPC client; tests pass an absolute `url` and a `fetch` that reaches the route handler. */
export function createConsoleClient(options: { url?: string; fetch?: typeof fetch } = {}) {
  const url = options.url ?? "/api/trpc";
  return createTRPCClient<AppRouter>({
    links: [
      // Only unexpected (5xx) failures: 4xx answers are shown in the UI, and logging them
      // as console errors would raise the dev overlay for every refused form.
      loggerLink({
        enabled: (op) =>
          process.env.NODE_ENV === "development" &&
          op.direction === "down" &&
          op.result instanceof Error &&
          (errorStatus(op.result) ?? 500) >= 500,
      }),
      // A batch answers when its slowest call does: a query that reads a whole fleet (e.g. the
      // tag list) asks for `skipBatch` so the page's fast calls are not held behind it.
      splitLink({
        condition: (op) => op.context.skipBatch === true,
        true: httpLink({ url, fetch: options.fetch, transformer: superjson }),
        false: httpBatchLink({
          url,
          fetch: options.fetch,
          transformer: superjson,
          // The signed-out cap even when signed in: a page cannot know its session is still
          // valid, and a session that expired must get the 401 that sends the user to sign in,
          // not a refused batch.
          maxItems: MAX_BATCH_CALLS.signedOut,
        }),
      }),
    ],
  });
}
