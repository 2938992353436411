"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, Download, Undo2, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
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
import { licensesPath, orderPath } from "@/features/licenses/order-meta";
import { useBillingWords } from "@/features/licenses/use-billing-words";
import { useLicenseFormat } from "@/features/licenses/use-license-format";
import { useTRPC } from "@/lib/trpc";
import { QUOTE_STATUS_TONES, quotePath, quotePdfPath, type Quote } from "./quote-meta";

/** One quote: price and terms, its PDF and shareable link, and what can be decided about it. */
export function QuoteDetailView({ orgSlug, quoteId, isOwner }: { orgSlug: string; quoteId: string; isOwner: boolean }) {
  const t = useTranslations("quotes");
  const tl = useTranslations("licenses");
  const { money } = useLicenseFormat();
  const words = useBillingWords();
  const trpc = useTRPC();
  const quote = useQuery(trpc.quote.get.queryOptions({ orgSlug, quoteId }));
  return (
    <>
      <BackLink href={licensesPath(orgSlug)}>{t("detail.back")}</BackLink>
      <QueryStates query={quote} loadingLabel={t("detail.loading")} rows={4}>
        {(data) => (
          <>
            <PageHeader
              title={t("detail.title", { number: data.number })}
              description={
                <span className="flex flex-wrap items-center gap-2">
                  <Badge tone={QUOTE_STATUS_TONES[data.status]}>{t(`status.${data.status}`)}</Badge>
                  <span>{t("detail.packageLine", { name: data.packageName, count: data.seats })}</span>
                </span>
              }
            />
            <div className="space-y-6">
              <QuoteActions orgSlug={orgSlug} quote={data} isOwner={isOwner} />
              <Card>
                <CardHeader>
                  <CardTitle>{t("detail.price")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <FactList>
                    <Fact label={t("detail.seats")}>{tl("seats", { count: data.seats })}</Fact>
                    <Fact label={t("detail.perSeat")}>{money(data.unitAmount, data.currency)}</Fact>
                    <Fact label={t("detail.subtotal")}>{money(data.subtotal, data.currency)}</Fact>
                    <Fact label={words.taxLine({ label: data.taxLabel, rateBps: data.taxRateBps, note: data.taxNote })}>
                      {money(data.taxAmount, data.currency)}
                      {data.taxNote ? <span className="block text-xs text-slate-500">{words.taxNote(data.taxNote)}</span> : null}
                    </Fact>
                    <Fact label={t("detail.total")}>
                      <span className="font-semibold">{money(data.amountTotal, data.currency)}</span>
                    </Fact>
                  </FactList>
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle>{t("detail.terms")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <FactList>
                    <Fact label={t("detail.validUntil")}>
                      <DateTime value={data.validUntil} />
                    </Fact>
                    <Fact label={t("detail.payment")}>{t("detail.paymentValue", { days: data.paymentTermsDays })}</Fact>
                    <Fact label={t("detail.drafted")}>
                      {t.rich("detail.byOn", { name: data.createdBy ?? "—", date: () => <DateTime value={data.createdAt} /> })}
                    </Fact>
                    {data.decidedAt ? (
                      <Fact label={t(`status.${data.status}`)}>
                        {t.rich("detail.byOn", { name: data.decidedBy ?? "—", date: () => <DateTime value={data.decidedAt!} /> })}
                      </Fact>
                    ) : null}
                    {data.orderId ? (
                      <Fact label={t("detail.order")}>
                        <Link href={orderPath(orgSlug, data.orderId)} className="text-brand-700 hover:underline">
                          {t("detail.openOrder")}
                        </Link>
                      </Fact>
                    ) : null}
                    <Fact label={t("detail.notes")}>{data.terms ?? "—"}</Fact>
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
  const t = useTranslations("quotes.actions");
  const { money } = useLicenseFormat();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.quote.pathKey() });
  const accept = useMutation(trpc.quote.accept.mutationOptions());
  const decline = useMutation(trpc.quote.decline.mutationOptions({ onSuccess: refresh }));
  const withdraw = useMutation(trpc.quote.withdraw.mutationOptions({ onSuccess: refresh }));
  const total = money(quote.amountTotal, quote.currency);
  const link = typeof window === "undefined" ? quotePath(orgSlug, quote.id) : new URL(quotePath(orgSlug, quote.id), window.location.origin).toString();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button asChild variant="secondary">
        <a href={quotePdfPath(orgSlug, quote.id)} download>
          <Download aria-hidden />
          {t("download")}
        </a>
      </Button>
      <CopyButton value={link} label={t("copyLink")} />
      {quote.status === "open" && isOwner ? (
        <>
          <ConfirmDialog
            trigger={
              <Button>
                <Check aria-hidden />
                {t("accept")}
              </Button>
            }
            destructive={false}
            title={t("acceptTitle", { number: quote.number })}
            description={t("acceptDescription", { total, days: quote.paymentTermsDays })}
            confirmLabel={t("acceptConfirm", { total })}
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
                {t("decline")}
              </Button>
            }
            title={t("declineTitle", { number: quote.number })}
            description={t("declineDescription")}
            confirmLabel={t("declineConfirm")}
            onConfirm={() => decline.mutateAsync({ orgSlug, quoteId: quote.id })}
          />
        </>
      ) : null}
      {quote.status === "open" && !isOwner ? (
        <ConfirmDialog
          trigger={
            <Button variant="danger-ghost">
              <Undo2 aria-hidden />
              {t("withdraw")}
            </Button>
          }
          title={t("withdrawTitle", { number: quote.number })}
          description={t("withdrawDescription")}
          confirmLabel={t("withdrawConfirm")}
          onConfirm={() => withdraw.mutateAsync({ orgSlug, quoteId: quote.id })}
        />
      ) : null}
      {quote.status === "open" && !isOwner ? <p className="text-sm text-slate-600">{t("waiting")}</p> : null}
    </div>
  );
}
