"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { errorStatus } from "./errors";
import { createConsoleClient } from "./trpc-client";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

/**
 * A session that expired while a page was open makes every call fail with 401; send the
 * user to sign in and back here rather than leaving a page full of errors.
 */
function redirectWhenSignedOut(error: unknown) {
  if (errorStatus(error) !== 401 || typeof window === "undefined") return;
  const here = `${window.location.pathname}${window.location.search}`;
  // A full page load on purpose: it drops every cached query of the expired session.
  const target = new URL(`/sign-in?callbackUrl=${encodeURIComponent(here)}`, window.location.origin);
  window.location.replace(target.href);
}

function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: redirectWhenSignedOut }),
    mutationCache: new MutationCache({ onError: redirectWhenSignedOut }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Client errors (4xx) will not fix themselves on retry.
        retry: (failureCount, error) => {
          const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus ?? 500;
          return status >= 500 && failureCount < 2;
        },
      },
    },
  });
}

/** React Query + tRPC for the console UI. */
export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() => createConsoleClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
