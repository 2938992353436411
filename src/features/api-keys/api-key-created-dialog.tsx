"use client";

import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";
import type { CreatedApiKey } from "./create-api-key-form";

/** Shows a new key's secret, the only time it is ever available. */
export function ApiKeyCreatedDialog({ apiKey, onClose }: { apiKey: CreatedApiKey | null; onClose: () => void }) {
  return (
    <Dialog open={apiKey !== null} onOpenChange={(open) => {
        if (!open) onClose();
      }}>
      {apiKey ? (
        <DialogContent
          // A stray click outside must not throw away a secret that cannot be shown again.
          onInteractOutside={(event) => event.preventDefault()}
        >
          <DialogTitle>API key “{apiKey.name}” created</DialogTitle>
          <DialogDescription>Copy the key now and store it in your secret manager.</DialogDescription>
          <p className="mt-4 flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
            This key will not be shown again. If you lose it, revoke it and create a new one.
          </p>
          <div className="mt-4">
            <CopyField label="API key" value={apiKey.key} />
          </div>
          <p className="mt-3 text-xs text-slate-600">
            Send it as <code className="rounded bg-slate-100 px-1 py-0.5">Authorization: Bearer &lt;key&gt;</code>. Scopes:{" "}
            {apiKey.scopes.join(", ")}.
          </p>
          <DialogFooter>
            <DialogClose asChild>
              <Button>I have copied the key</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
