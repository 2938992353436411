"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { MailOutcomeMessage } from "./mail-outcome";

const NO_MAIL = (email: string) =>
  `This deployment does not send email. Ask your Anima operator for a reset link (npm run anima -- user:reset-link --email ${email}).`;

/** "Forgot password?": mails a reset link. The answer does not say whether the address has an account. */
export function ForgotPasswordForm({ initialEmail = "" }: { initialEmail?: string }) {
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
  };

  return (
    <div className="space-y-5">
      <form method="post" onSubmit={onSubmit} className="space-y-4" aria-label="Reset password">
        <Field label="Email" htmlFor="email" hint="If an account uses this address, a link to choose a new password goes to it.">
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={initialEmail}
            aria-describedby="email-hint"
          />
        </Field>
        <FormError message={request.error ? errorMessage(request.error) : null} />
        {request.data ? <MailOutcomeMessage outcome={request.data} email={request.variables.email} noMail={NO_MAIL(request.variables.email)} /> : null}
        <Button type="submit" className="w-full" pending={request.isPending}>
          {request.data ? "Send again" : "Send reset link"}
        </Button>
      </form>
      <p className="text-center text-sm text-slate-600">
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
