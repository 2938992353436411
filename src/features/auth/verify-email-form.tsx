"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { strong } from "./emphasis";

export function VerifyEmailForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("auth.verifyEmail");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const verify = useMutation(trpc.account.verifyEmail.mutationOptions());

  if (verify.data) {
    return (
      <div className="space-y-4 text-center" role="status">
        <CircleCheck className="mx-auto size-10 text-emerald-600" aria-hidden />
        <p className="text-sm text-slate-700">{t.rich("confirmed", { email: verify.data.email, strong })}</p>
        <Button asChild className="w-full">
          <Link href="/">{t("continue")}</Link>
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t.rich("prompt", { email, strong })}</p>
      <FormError message={verify.error ? errorMessage(verify.error) : null} />
      <Button className="w-full" onClick={() => verify.mutate({ token })} pending={verify.isPending}>
        {t("confirm")}
      </Button>
    </div>
  );
}
