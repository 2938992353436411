"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, CircleCheck, Cpu } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { errorStatus } from "@/lib/errors";
import { DateTime } from "@/components/ui/date-time";
import { useTRPC } from "@/lib/trpc";
import { DeviceActions } from "./device-actions";
import { DeviceCharts } from "./device-charts";
import { DeviceHistory } from "./device-history";
import { LicenseSeatState, RmaLinks } from "./device-license";
import { DeviceTags } from "./device-tags";
import { DeviceStatusBadge } from "./device-status-badge";
import { ConfigVersions, OnlineIndicator } from "./device-state";
import { SecretOncePanel } from "./secret-once-panel";

type DeviceDetailProps = { orgSlug: string; deviceId: string; canWrite: boolean };

const when = (value: Date | null, empty = "—") => (value ? <DateTime value={value} /> : empty);

/** One device: identity, state, lifecycle actions, secret rotation and history. */
export function DeviceDetailView({ orgSlug, deviceId, canWrite }: DeviceDetailProps) {
  const trpc = useTRPC();
  const t = useTranslations("devices.detail");
  const errorMessage = useErrorMessage();
  const device = useQuery(trpc.device.get.queryOptions({ orgSlug, deviceId }));
  const [message, setMessage] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  if (device.isPending) {
    return (
      <div role="status" aria-label={t("loading")} className="space-y-4">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-48 w-full" />
      </div>
    );
  }
  if (device.isError) {
    return errorStatus(device.error) === 404 ? (
      <Card>
        <EmptyState
          icon={Cpu}
          title={t("notFoundTitle")}
          description={t("notFoundDescription")}
          action={
            <Button asChild variant="secondary">
              <Link href={`/o/${orgSlug}/devices`}>{t("back")}</Link>
            </Button>
          }
          className="py-14"
        />
      </Card>
    ) : (
      <FormError message={errorMessage(device.error)} />
    );
  }

  const data = device.data;
  return (
    <>
      <Link href={`/o/${orgSlug}/devices`} className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft className="size-4" aria-hidden />
        {t("devices")}
      </Link>
      <PageHeader
        title={<span className="font-mono break-all">{data.serial}</span>}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <DeviceStatusBadge status={data.status} />
            {data.label ? <span>{data.label}</span> : null}
          </span>
        }
        actions={
          canWrite ? (
            <DeviceActions
              orgSlug={orgSlug}
              device={data}
              onResult={setMessage}
              onSecret={setSecret}
            />
          ) : undefined
        }
      />
      <div className="space-y-6">
        {message ? (
          <p role="status" className="flex items-center gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            <CircleCheck className="size-4 shrink-0" aria-hidden />
            {message}
          </p>
        ) : null}
        {secret ? (
          <SecretOncePanel
            device={{ id: data.id, serial: data.serial, secret, label: data.label, batch: data.batch }}
            skuCode={data.sku.code}
            onDismiss={() => setSecret(null)}
          />
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle>{t("details")}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
              <Detail label={t("deviceId")}>
                <span className="flex flex-wrap items-center gap-2">
                  <code className="font-mono text-xs break-all">{data.id}</code>
                  <CopyButton value={data.id} label={t("copyId")} />
                </span>
              </Detail>
              <Detail label={t("serial")}>
                <span className="font-mono">{data.serial}</span>
              </Detail>
              <Detail label={t("sku")}>
                <Link href={`/o/${orgSlug}/skus/${data.skuId}`} className="text-brand-700 hover:underline">
                  {data.sku.name}
                </Link>{" "}
                <span className="font-mono text-xs text-slate-500">{data.sku.code}</span>
              </Detail>
              <Detail label={t("status")}>
                <DeviceStatusBadge status={data.status} />
              </Detail>
              <Detail label={t("label")}>{data.label ?? "—"}</Detail>
              <Detail label={t("batch")}>{data.batch ?? "—"}</Detail>
              <Detail label={t("tags")}><DeviceTags orgSlug={orgSlug} deviceId={data.id} tags={data.tags} canWrite={canWrite} /></Detail>
              <Detail label={t("registered")}>{when(data.createdAt)}</Detail>
              <Detail label={t("activated")}>{when(data.activatedAt, t("notActivated"))}</Detail>
              <Detail label={t("licenseSeat")}>
                <LicenseSeatState device={data} />
              </Detail>
              {data.replacedBy || data.replacementFor ? (
                <Detail label={t("rma")}>
                  <RmaLinks orgSlug={orgSlug} device={data} />
                </Detail>
              ) : null}
              <Detail label={t("connection")}>
                <OnlineIndicator lastSeenAt={data.lastSeenAt} />
              </Detail>
              <Detail label={t("config")}>
                <ConfigVersions given={data.configGiven} reported={data.configReported} published={data.configPublished} />
              </Detail>
              <Detail label={t("firmware")}>{data.firmware ? <span className="font-mono">{data.firmware}</span> : t("noFirmware")}</Detail>
              <Detail label={t("credential")}>
                {data.publicKey ? (
                  <span>{t.rich("keyMode", { key: data.publicKey, mono: (chunks) => <span className="font-mono text-xs break-all">{chunks}</span> })}</span>
                ) : (
                  t("sharedSecret")
                )}
              </Detail>
              <Detail label={t("secretRotated")}>{when(data.secretRotatedAt, t("neverRotated"))}</Detail>
            </dl>
          </CardContent>
        </Card>
        <DeviceCharts orgSlug={orgSlug} deviceId={data.id} />
        <DeviceHistory orgSlug={orgSlug} deviceId={data.id} />
      </div>
    </>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}
