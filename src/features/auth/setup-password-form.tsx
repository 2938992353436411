"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

/** Lets a user created by an operator (or invited without a password) choose one. */
export function SetupPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const complete = useMutation(trpc.account.completePasswordSetup.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setError("The two passwords do not match.");
      return;
    }
    setError(null);
    complete.mutate({ token, password }, { onError: (cause) => setError(errorMessage(cause)) });
  };

  if (complete.data) {
    const { email } = complete.data;
    return (
      <div className="space-y-4 text-center" role="status">
        <CircleCheck className="mx-auto size-10 text-emerald-600" aria-hidden />
        <p className="text-sm text-slate-700">
          Your password is set for <span className="font-medium text-slate-900">{email}</span>.
        </p>
        <Button asChild className="w-full">
          <Link href={`/sign-in?email=${encodeURIComponent(email)}`}>Sign in</Link>
        </Button>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" aria-label="Choose a password">
      <Field label="New password" htmlFor="password" hint="At least 10 characters.">
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          maxLength={200}
          aria-describedby="password-hint"
        />
      </Field>
      <Field label="Repeat the password" htmlFor="confirm">
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required minLength={10} maxLength={200} />
      </Field>
      <FormError message={error} />
      <Button type="submit" className="w-full" pending={complete.isPending}>
        Set password
      </Button>
    </form>
  );
}
