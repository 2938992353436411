"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export function VerifyEmailForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const verify = useMutation(trpc.account.verifyEmail.mutationOptions());

  if (verify.data) {
    return (
      <div className="space-y-4 text-center" role="status">
        <CircleCheck className="mx-auto size-10 text-emerald-600" aria-hidden />
        <p className="text-sm text-slate-700">
          <span className="font-medium text-slate-900">{verify.data.email}</span> is confirmed.
        </p>
        <Button asChild className="w-full">
          <Link href="/">Continue</Link>
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Confirm that <span className="font-medium text-slate-900">{email}</span> is your address.
      </p>
      <FormError message={verify.error ? errorMessage(verify.error) : null} />
      <Button className="w-full" onClick={() => verify.mutate({ token })} pending={verify.isPending}>
        Confirm my email
      </Button>
    </div>
  );
}
