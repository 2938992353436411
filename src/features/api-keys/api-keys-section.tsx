"use client";

import { useState } from "react";
import { ApiKeyCreatedDialog } from "./api-key-created-dialog";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyForm, type CreatedApiKey } from "./create-api-key-form";

/** API keys settings: create (secret shown once), list and revoke. */
export function ApiKeysSection({ orgSlug }: { orgSlug: string }) {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  return (
    <div className="space-y-6">
      <CreateApiKeyForm orgSlug={orgSlug} onCreated={setCreated} />
      <ApiKeysTable orgSlug={orgSlug} />
      <ApiKeyCreatedDialog apiKey={created} onClose={() => setCreated(null)} />
    </div>
  );
}
