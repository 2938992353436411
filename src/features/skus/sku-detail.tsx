"use client";

import type { ReactNode } from "react";
import { DateTime } from "@/components/ui/date-time";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, Boxes, Plus } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { StatCard } from "@/components/ui/stat-card";
import { TruncatedText } from "@/components/ui/truncated-text";
import { errorStatus } from "@/lib/errors";
import { formatCount } from "@/features/licenses/license-meta";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { STATUS_ORDER } from "@/features/devices/device-meta";
import { DeviceList } from "@/features/devices/device-list";
import { SkuConfigCard } from "@/features/sku-config/sku-config-card";
import { CapabilityBadges } from "./capability-badges";
import { SkuActions } from "./sku-actions";

type SkuDetailProps = { orgSlug: string; skuId: string; canWriteSkus: boolean; canWriteDevices: boolean };

/** One SKU: what it is, how many devices it has per status, its devices, and what comes next. */
export function SkuDetail({ orgSlug, skuId, canWriteSkus, canWriteDevices }: SkuDetailProps) {
  const trpc = useTRPC();
  const sku = useQuery(trpc.sku.get.queryOptions({ orgSlug, skuId }));
  const t = useTranslations("skus");
  const locale = useLocale();
  const errorMessage = useErrorMessage();

  if (sku.isPending) {
    return (
      <div role="status" aria-label={t("detail.loading")} className="space-y-4">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-5 w-96 max-w-full" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  if (sku.isError) {
    return errorStatus(sku.error) === 404 ? (
      <Card>
        <EmptyState
          icon={Boxes}
          title={t("detail.notFoundTitle")}
          description={t("detail.notFoundDescription")}
          action={
            <Button asChild variant="secondary">
              <Link href={`/o/${orgSlug}/skus`}>{t("detail.backToSkus")}</Link>
            </Button>
          }
          className="py-14"
        />
      </Card>
    ) : (
      <FormError message={errorMessage(sku.error)} />
    );
  }

  const data = sku.data;
  const archived = data.archivedAt !== null;
  return (
    <>
      <Link href={`/o/${orgSlug}/skus`} className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft className="size-4" aria-hidden />
        {t("detail.back")}
      </Link>
      <PageHeader
        title={<TruncatedText text={data.name} />}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <code className="max-w-64 truncate rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800" title={data.code}>
              {data.code}
            </code>
            <Badge tone="brand">{t(`kinds.${data.kind}`)}</Badge>
            {archived ? <Badge tone="warning">{t("detail.archived")}</Badge> : null}
            <CapabilityBadges capabilities={data.capabilities} />
          </span>
        }
        actions={
          <>
            {canWriteDevices && !archived ? (
              <Button asChild>
                <Link href={`/o/${orgSlug}/devices/register?skuId=${encodeURIComponent(data.id)}`}>
                  <Plus aria-hidden />
                  {t("detail.registerDevices")}
                </Link>
              </Button>
            ) : null}
            {canWriteSkus ? <SkuActions orgSlug={orgSlug} sku={data} /> : null}
          </>
        }
      />
      <div className="space-y-6">
        {archived ? (
          <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("detail.archivedNotice")}
          </p>
        ) : null}
        <section aria-label={t("detail.perStatus")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <StatCard label={t("detail.totalDevices")} value={formatCount(data.deviceCounts.total, locale)} />
          {STATUS_ORDER.map((status) => (
            <StatCard key={status} label={t(`deviceStatus.${status}`)} value={formatCount(data.deviceCounts[status], locale)} />
          ))}
        </section>
        <Card>
          <CardHeader>
            <CardTitle>{t("detail.details")}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
              <Detail label={t("detail.hardwareRevision")} value={data.hardwareRevision ?? "—"} />
              <Detail label={t("detail.defaultLanguage")} value={data.defaultLanguage} />
              <Detail label={t("detail.created")} value={<DateTime value={data.createdAt} show="date" />} />
              <Detail label={t("detail.notes")} value={data.notes ?? "—"} className="sm:col-span-3" />
            </dl>
          </CardContent>
        </Card>
        <SkuConfigCard orgSlug={orgSlug} skuId={data.id} canEdit={canWriteSkus} />
        <section aria-labelledby="sku-devices-heading" className="space-y-3">
          <h2 id="sku-devices-heading" className="text-base font-semibold text-slate-900">
            {t("detail.devices")}
          </h2>
          <DeviceList orgSlug={orgSlug} canWrite={canWriteDevices} skuId={data.id} canRegister={!archived} />
        </section>
      </div>
    </>
  );
}

function Detail({ label, value, className }: { label: string; value: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words whitespace-pre-line text-slate-900">{value}</dd>
    </div>
  );
}
