"use client";

import { Download, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { downloadTextFile } from "@/lib/csv";
import { useBeforeUnload } from "@/lib/use-before-unload";
import { manifestCsv, manifestFilename, type ManifestDevice } from "./manifest-csv";

/**
 * A device's new secret, shown this one time: copy it or download it as a one-line
 * manifest. Closing the tab while it is on screen asks for confirmation.
 */
export function SecretOncePanel({ device, skuCode, onDismiss }: { device: ManifestDevice; skuCode: string; onDismiss: () => void }) {
  const t = useTranslations("devices.secretOnce");
  useBeforeUnload(true);
  return (
    <section aria-labelledby="new-secret-heading" className="space-y-4 rounded-lg border border-amber-300 bg-amber-50/60 p-5">
      <h2 id="new-secret-heading" className="text-base font-semibold text-slate-900">
        {t("title", { serial: device.serial })}
      </h2>
      <p className="flex items-start gap-2 text-sm text-amber-900">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        {t("warning")}
      </p>
      <CopyField label={t("secret")} value={device.secret} />
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button variant="secondary" onClick={() => downloadTextFile(manifestFilename(skuCode), manifestCsv([device]))}>
          <Download aria-hidden />
          {t("download")}
        </Button>
        <Button onClick={onDismiss} className="sm:ml-auto">
          {t("dismiss")}
        </Button>
      </div>
    </section>
  );
}
