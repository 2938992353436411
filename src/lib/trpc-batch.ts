/**
 * Most calls one request to the console's tRPC endpoint (`/api/trpc`) may carry. The server
 * refuses a larger batch before any procedure runs; the browser's batch link splits its
 * batches to fit. Without a signed-in session only public procedures can do anything, so
 * a stranger gets the small cap.
 */
export const MAX_BATCH_CALLS = { signedOut: 10, signedIn: 50 } as const;
