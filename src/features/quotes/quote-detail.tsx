"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, Download, Undo2, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { DateTime } from "@/components/ui/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { QueryStates } from "@/components/ui/query-states";
import { Fact, FactList } from "@/features/licenses/order-facts";
import { licensesPath, orderPath, seatCount } from "@/features/licenses/order-meta";
import { useTRPC } from "@/lib/trpc";
import { formatMoney } from "@/shared/money";
import { formatRate } from "@/shared/pricing";
import { QUOTE_STATUS_LABELS, QUOTE_STATUS_TONES, quotePath, quotePdfPath, type Quote } from "./quote-meta";

/** One quote: price and terms, its PDF and shareable link, and what can be decided about it. */
export function QuoteDetailView({ orgSlug, quoteId, isOwner }: { orgSlug: string; quoteId: string; isOwner: boolean }) {
  const trpc = useTRPC();
  const quote = useQuery(trpc.quote.get.queryOptions({ orgSlug, quoteId }));
  return (
    <>
      <BackLink href={licensesPath(orgSlug)}>Licenses</BackLink>
      <QueryStates query={quote} loadingLabel="Loading quote" rows={4}>
        {(data) => (
          <>
            <PageHeader
              title={`Quote ${data.number}`}
              description={
                <span className="flex flex-wrap items-center gap-2">
                  <Badge tone={QUOTE_STATUS_TONES[data.status]}>{QUOTE_STATUS_LABELS[data.status]}</Badge>
                  <span>
                    {data.packageName} · {seatCount(data.seats)}
                  </span>
                </span>
              }
            />
            <div className="space-y-6">
              <QuoteActions orgSlug={orgSlug} quote={data} isOwner={isOwner} />
              <Card>
                <CardHeader>
                  <CardTitle>Price</CardTitle>
                </CardHeader>
                <CardContent>
                  <FactList>
                    <Fact label="Seats">{seatCount(data.seats)}</Fact>
                    <Fact label="Per seat (volume tier)">{formatMoney(data.unitAmount, data.currency)}</Fact>
                    <Fact label="Subtotal">{formatMoney(data.subtotal, data.currency)}</Fact>
                    <Fact label={`${data.taxLabel} ${formatRate(data.taxRateBps)}`}>
                      {formatMoney(data.taxAmount, data.currency)}
                      {data.taxNote ? <span className="block text-xs text-slate-500">{data.taxNote}</span> : null}
                    </Fact>
                    <Fact label="Total">
                      <span className="font-semibold">{formatMoney(data.amountTotal, data.currency)}</span>
                    </Fact>
                  </FactList>
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle>Terms</CardTitle>
                </CardHeader>
                <CardContent>
                  <FactList>
                    <Fact label="Valid until">
                      <DateTime value={data.validUntil} />
                    </Fact>
                    <Fact label="Payment">Bank transfer within {data.paymentTermsDays} days of the invoice</Fact>
                    <Fact label="Drafted">
                      {data.createdBy ?? "—"}, <DateTime value={data.createdAt} />
                    </Fact>
                    {data.decidedAt ? (
                      <Fact label={QUOTE_STATUS_LABELS[data.status]}>
                        {data.decidedBy ?? "—"}, <DateTime value={data.decidedAt} />
                      </Fact>
                    ) : null}
                    {data.orderId ? (
                      <Fact label="Order">
                        <Link href={orderPath(orgSlug, data.orderId)} className="text-brand-700 hover:underline">
                          Open the order and its invoice
                        </Link>
                      </Fact>
                    ) : null}
                    <Fact label="Notes">{data.terms ?? "—"}</Fact>
                  </FactList>
                </CardContent>
              </Card>
            </div>
          </>
        )}
      </QueryStates>
    </>
  );
}

/** PDF and link for everyone; accept or decline for the owner, withdraw for the others, while open. */
function QuoteActions({ orgSlug, quote, isOwner }: { orgSlug: string; quote: Quote; isOwner: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.quote.pathKey() });
  const accept = useMutation(trpc.quote.accept.mutationOptions());
  const decline = useMutation(trpc.quote.decline.mutationOptions({ onSuccess: refresh }));
  const withdraw = useMutation(trpc.quote.withdraw.mutationOptions({ onSuccess: refresh }));
  const total = formatMoney(quote.amountTotal, quote.currency);
  const link = typeof window === "undefined" ? quotePath(orgSlug, quote.id) : new URL(quotePath(orgSlug, quote.id), window.location.origin).toString();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button asChild variant="secondary">
        <a href={quotePdfPath(orgSlug, quote.id)} download>
          <Download aria-hidden />
          Download PDF
        </a>
      </Button>
      <CopyButton value={link} label="Copy link" />
      {quote.status === "open" && isOwner ? (
        <>
          <ConfirmDialog
            trigger={
              <Button>
                <Check aria-hidden />
                Accept quote
              </Button>
            }
            destructive={false}
            title={`Accept quote ${quote.number}?`}
            description={`Your organization commits to pay ${total} by bank transfer within ${quote.paymentTermsDays} days of the invoice, issued now. Seats arrive when the payment is recorded.`}
            confirmLabel={`Accept and owe ${total}`}
            onConfirm={async () => {
              const { orderId } = await accept.mutateAsync({ orgSlug, quoteId: quote.id });
              await queryClient.invalidateQueries({ queryKey: trpc.license.pathKey() });
              router.push(orderPath(orgSlug, orderId));
            }}
          />
          <ConfirmDialog
            trigger={
              <Button variant="danger-ghost">
                <X aria-hidden />
                Decline
              </Button>
            }
            title={`Decline quote ${quote.number}?`}
            description="It stays on record as declined and can no longer be accepted."
            confirmLabel="Decline quote"
            onConfirm={() => decline.mutateAsync({ orgSlug, quoteId: quote.id })}
          />
        </>
      ) : null}
      {quote.status === "open" && !isOwner ? (
        <ConfirmDialog
          trigger={
            <Button variant="danger-ghost">
              <Undo2 aria-hidden />
              Withdraw
            </Button>
          }
          title={`Withdraw quote ${quote.number}?`}
          description="It stays on record as withdrawn; the owner can no longer accept it."
          confirmLabel="Withdraw quote"
          onConfirm={() => withdraw.mutateAsync({ orgSlug, quoteId: quote.id })}
        />
      ) : null}
      {quote.status === "open" && !isOwner ? <p className="text-sm text-slate-600">Waiting for the organization&apos;s owner to accept it.</p> : null}
    </div>
  );
}
