"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, FileJson } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { QueryStates } from "@/components/ui/query-states";
import { downloadTextFile } from "@/lib/csv";
import { useTRPC } from "@/lib/trpc";
import { deviceConfigFilename } from "./versions-meta";

type DeviceConfigDialogProps = { orgSlug: string; skuId: string; skuCode: string; version: number };

/** The exact JSON devices receive for a version, pretty-printed, to copy or download. */
export function DeviceConfigDialog({ orgSlug, skuId, skuCode, version }: DeviceConfigDialogProps) {
  const trpc = useTRPC();
  const t = useTranslations("skuConfig.versions");
  const [open, setOpen] = useState(false);
  const detail = useQuery(trpc.skuConfig.version.queryOptions({ orgSlug, skuId, version }, { enabled: open }));
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={t("viewDeviceConfig", { version })}>
          <FileJson aria-hidden />
          {t("deviceConfig")}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-3xl">
        <DialogTitle>{t("deviceConfigTitle", { version })}</DialogTitle>
        <DialogDescription>{t("deviceConfigDescription", { code: skuCode })}</DialogDescription>
        <div className="mt-4">
          <QueryStates query={detail} loadingLabel={t("deviceConfigLoading")} rows={6}>
            {(data) => {
              const json = JSON.stringify(data.deviceConfig, null, 2);
              return (
                <div className="space-y-3">
                  <pre aria-label={t("deviceConfigJson", { version })} tabIndex={0} className="max-h-[55vh] overflow-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100">
                    {json}
                  </pre>
                  <div className="flex flex-col gap-2 sm:flex-row sm:justify-end">
                    <CopyButton value={json} label={t("copyJson")} />
                    <Button onClick={() => downloadTextFile(deviceConfigFilename(skuCode, version), `${json}\n`, "application/json")}>
                      <Download aria-hidden />
                      {t("download", { filename: deviceConfigFilename(skuCode, version) })}
                    </Button>
                  </div>
                </div>
              );
            }}
          </QueryStates>
        </div>
      </DialogContent>
    </Dialog>
  );
}
