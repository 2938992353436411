"use client";

import { useTranslations } from "next-intl";
import { SecretOnceDialog } from "@/components/ui/secret-once-dialog";
import type { CreatedApiKey } from "./create-api-key-form";

/** Shows a new key's secret, the only time it is ever available. */
export function ApiKeyCreatedDialog({ apiKey, onClose }: { apiKey: CreatedApiKey | null; onClose: () => void }) {
  const t = useTranslations("apiKeys.created");
  return (
    <SecretOnceDialog
      secret={apiKey?.key ?? null}
      title={t("title", { name: apiKey?.name ?? "" })}
      description={t("description")}
      label={t("label")}
      warning={t("warning")}
      footnote={t.rich("footnote", {
        header: "Authorization: Bearer <key>",
        scopes: apiKey?.scopes.join(", ") ?? "",
        code: (chunks) => <code className="rounded bg-slate-100 px-1 py-0.5">{chunks}</code>,
      })}
      confirmLabel={t("confirm")}
      onClose={onClose}
    />
  );
}
