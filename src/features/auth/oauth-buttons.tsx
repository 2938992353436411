"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export type OAuthProvider = { id: string; name: string };

/** One button per OAuth provider configured on the server; nothing when there are none. */
export function OAuthButtons({ providers, callbackUrl }: { providers: OAuthProvider[]; callbackUrl: string }) {
  const t = useTranslations("auth.oauth");
  const [pendingId, setPendingId] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3 text-xs text-slate-500" aria-hidden>
        <span className="h-px flex-1 bg-slate-200" />
        {t("or")}
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <div className="grid gap-2">
        {providers.map((provider) => (
          <Button
            key={provider.id}
            variant="secondary"
            pending={pendingId === provider.id}
            disabled={pendingId !== null}
            onClick={() => {
              setPendingId(provider.id);
              void signIn(provider.id, { callbackUrl });
            }}
          >
            {t("continueWith", { provider: provider.name })}
          </Button>
        ))}
      </div>
    </div>
  );
}
