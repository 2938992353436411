"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc";

/** How often a pending order is re-read, and for how long before the page stops asking. */
const POLL_INTERVAL_MS = 2_000;
const POLL_LIMIT_MS = 60_000;

/**
 * An order as the page after checkout needs it: confirmed with the payment provider once
 * on load (fulfils a paid session whose webhook is late), then re-read every 2 s while it
 * is pending, for up to a minute; `refresh` starts another minute.
 */
export function useConfirmedOrder(orgSlug: string, orderId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [timedOut, setTimedOut] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const order = useQuery(
    trpc.license.order.queryOptions(
      { orgSlug, orderId },
      { staleTime: 0, refetchInterval: (query) => (query.state.data && awaitsCheckout(query.state.data) && !timedOut ? POLL_INTERVAL_MS : false) },
    ),
  );
  const confirm = useMutation(
    trpc.license.confirmCheckout.mutationOptions({
      onSuccess: (confirmed) => queryClient.setQueryData(trpc.license.order.queryKey({ orgSlug, orderId }), confirmed),
    }),
  );

  // Once per page load (a ref, so React's development double-effect does not confirm twice).
  const confirmed = useRef(false);
  const { mutate: confirmOnce } = confirm;
  useEffect(() => {
    if (confirmed.current) return;
    confirmed.current = true;
    confirmOnce({ orgSlug, orderId });
  }, [confirmOnce, orgSlug, orderId]);

  const status = order.data?.status;
  const pending = order.data ? awaitsCheckout(order.data) : false;
  useEffect(() => {
    if (!pending || timedOut) return;
    const timer = setTimeout(() => setTimedOut(true), POLL_LIMIT_MS);
    return () => clearTimeout(timer);
  }, [pending, timedOut, attempt]);

  // Once settled, the balance, ledger and order list elsewhere are out of date.
  useEffect(() => {
    if (status && status !== "pending") void queryClient.invalidateQueries({ queryKey: trpc.license.pathKey(), refetchType: "none" });
  }, [status, queryClient, trpc]);

  const refresh = () => {
    setTimedOut(false);
    setAttempt((n) => n + 1);
    void order.refetch();
  };

  return { order, confirmError: confirm.error, waiting: pending && !timedOut, timedOut: pending && timedOut, refresh };
}

/** A checkout whose payment may be confirmed any moment (an accepted quote's order waits days for its transfer). */
const awaitsCheckout = (order: { status: string; provider: string }) => order.status === "pending" && order.provider !== "invoice";
