"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { NewPasswordFields, readNewPassword } from "@/features/auth/new-password-fields";
import { signInWithPassword } from "@/features/auth/sign-in-with-password";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

/**
 * Joins signed out by choosing a password for the invited address. The invite link proves
 * the address, so this creates its account or takes over one that never confirmed it.
 */
export function AcceptWithPasswordForm({ token, email, askName }: { token: string; email: string; askName: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invitation.acceptWithPassword.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = readNewPassword(form);
    if ("error" in chosen) return setError(chosen.error);
    setError(null);
    const name = String(form.get("name") ?? "").trim();
    let joined;
    try {
      joined = await accept.mutateAsync({ token, password: chosen.password, ...(name ? { name } : {}) });
    } catch (cause) {
      return setError(errorMessage(cause));
    }
    setSigningIn(true);
    const failure = await signInWithPassword(joined.email, chosen.password);
    if (failure) {
      setSigningIn(false);
      return setError(`You joined, but signing in failed: ${failure}`);
    }
    router.push(`/o/${joined.orgSlug}`);
    router.refresh();
  };

  return (
    <form method="post" onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label="Join with a password">
      <p className="text-sm text-slate-600">
        Choose a password for <span className="font-medium text-slate-900">{email}</span> to join.
      </p>
      {askName ? (
        <Field label="Your name" htmlFor="name">
          <Input id="name" name="name" autoComplete="name" required maxLength={100} />
        </Field>
      ) : null}
      <NewPasswordFields label="Password" />
      <FormError message={error} />
      <Button type="submit" className="w-full" pending={accept.isPending || signingIn}>
        Join
      </Button>
    </form>
  );
}
