"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { NewPasswordFields, readNewPassword } from "./new-password-fields";

/** Chooses a password through a set-up or reset link (which also confirms the email). */
export function SetupPasswordForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const complete = useMutation(trpc.account.completePasswordSetup.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = readNewPassword(new FormData(event.currentTarget));
    if ("error" in chosen) return setError(chosen.error);
    setError(null);
    complete.mutate({ token, password: chosen.password }, { onError: (cause) => setError(errorMessage(cause)) });
  };

  if (complete.data) {
    return (
      <div className="space-y-4 text-center" role="status">
        <CircleCheck className="mx-auto size-10 text-emerald-600" aria-hidden />
        <p className="text-sm text-slate-700">
          Your password is set for <span className="font-medium text-slate-900">{complete.data.email}</span>. Every other session of
          this account has been signed out.
        </p>
        <Button asChild className="w-full">
          <Link href={`/sign-in?email=${encodeURIComponent(complete.data.email)}`}>Sign in</Link>
        </Button>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" aria-label="Choose a password">
      <p className="text-sm text-slate-600">
        For <span className="font-medium text-slate-900">{email}</span>
      </p>
      <NewPasswordFields />
      <FormError message={error} />
      <Button type="submit" className="w-full" pending={complete.isPending}>
        Set password
      </Button>
    </form>
  );
}
