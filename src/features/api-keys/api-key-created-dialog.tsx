"use client";

import { SecretOnceDialog } from "@/components/ui/secret-once-dialog";
import type { CreatedApiKey } from "./create-api-key-form";

/** Shows a new key's secret, the only time it is ever available. */
export function ApiKeyCreatedDialog({ apiKey, onClose }: { apiKey: CreatedApiKey | null; onClose: () => void }) {
  return (
    <SecretOnceDialog
      secret={apiKey?.key ?? null}
      title={`API key “${apiKey?.name ?? ""}” created`}
      description="Copy the key now and store it in your secret manager."
      label="API key"
      warning="This key will not be shown again. If you lose it, revoke it and create a new one."
      footnote={
        <>
          Send it as <code className="rounded bg-slate-100 px-1 py-0.5">Authorization: Bearer &lt;key&gt;</code>. Scopes: {apiKey?.scopes.join(", ")}.
        </>
      }
      confirmLabel="I have copied the key"
      onClose={onClose}
    />
  );
}
