"use client";

import { CircleCheck, Download, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyField } from "@/components/ui/copy-field";
import { downloadTextFile } from "@/lib/csv";
import { useBeforeUnload } from "@/lib/use-before-unload";
import { manifestCsv, manifestFilename, type ManifestDevice } from "../manifest-csv";

type RegistrationResultProps = {
  orgSlug: string;
  devices: ManifestDevice[];
  sku: { id: string; code: string; name: string };
  onRegisterMore: () => void;
};

/**
 * The only moment the new secrets exist outside the devices: download them as the factory
 * manifest. Leaving before that (tab close, links here) asks for confirmation first.
 */
export function RegistrationResult({ orgSlug, devices, sku, onRegisterMore }: RegistrationResultProps) {
  const t = useTranslations("devices.result");
  const router = useRouter();
  const [downloaded, setDownloaded] = useState(false);
  useBeforeUnload(!downloaded);
  const devicesHref = `/o/${orgSlug}/devices?sku=${encodeURIComponent(sku.id)}`;
  const single = devices.length === 1 ? devices[0] : undefined;

  const download = () => {
    downloadTextFile(manifestFilename(sku.code), manifestCsv(devices));
    setDownloaded(true);
  };

  /** A button that leaves at once after the download, or asks first before it. */
  const leave = (label: string, go: () => void, variant: "primary" | "secondary") =>
    downloaded ? (
      <Button variant={variant} onClick={go}>
        {label}
      </Button>
    ) : (
      <ConfirmDialog
        trigger={<Button variant={variant}>{label}</Button>}
        title={t("leaveTitle")}
        description={t("leaveDescription")}
        confirmLabel={t("leaveConfirm")}
        onConfirm={async () => go()}
      />
    );

  return (
    <section aria-labelledby="registered-heading" className="space-y-5 rounded-lg border border-emerald-300 bg-white p-6 shadow-sm">
      <div className="flex items-start gap-3">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-emerald-50 text-emerald-700">
          <CircleCheck className="size-5" aria-hidden />
        </span>
        <div>
          <h2 id="registered-heading" className="text-lg font-semibold text-slate-900">
            {t("registered", { count: devices.length })}
          </h2>
          <p className="text-sm text-slate-600">
            {t.rich("onSku", {
              name: sku.name,
              code: sku.code,
              link: (chunks) => (
                <Link href={`/o/${orgSlug}/skus/${sku.id}`} className="text-brand-700 hover:underline">
                  {chunks}
                </Link>
              ),
              mono: (chunks) => <span className="font-mono text-xs">{chunks}</span>,
            })}
          </p>
        </div>
      </div>
      <p className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span>{t("secretsOnce")}</span>
      </p>
      {single ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <CopyField label={t("deviceId")} value={single.id} />
          <CopyField label={t("deviceSecret")} value={single.secret} />
        </div>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Button size="lg" onClick={download}>
          <Download aria-hidden />
          {t("download")}
        </Button>
        {downloaded ? (
          <p role="status" className="text-sm text-emerald-700">
            {t("downloaded")}
          </p>
        ) : null}
      </div>
      <p className="text-xs text-slate-500">{t("columns")}</p>
      <div className="flex flex-col gap-2 border-t border-slate-100 pt-4 sm:flex-row sm:justify-end">
        {leave(t("registerMore"), onRegisterMore, "secondary")}
        {leave(t("viewDevices"), () => router.push(devicesHref), "primary")}
      </div>
    </section>
  );
}
